package dev.mvpress.support;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;

import dev.mvpress.jobs.JobsConfig;

/**
 * Injects JobsConfig so that the mvpress.jobs.* keys map to a root while the branch that uses them (the
 * scheduler) is not merged; redundant, and harmless, once it is.
 */
@Unremovable
@ApplicationScoped
public class JobsConfigInjected {

    final JobsConfig config;

    JobsConfigInjected(JobsConfig config) {
        this.config = config;
    }
}
