package dev.mvpress.support;

import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;

import dev.mvpress.jobs.JobsConfig;
import dev.mvpress.webhook.WebhookConfig;

/**
 * Test-only, for the preview branch of issue 13: on the skeleton commit no main bean injects WebhookConfig or
 * JobsConfig yet (the webhook and jobs branches do), so their %test keys "do not map to any root" and the
 * application does not start. Injecting them here registers both mappings. Redundant, and harmless, once those
 * branches are merged; delete it then.
 */
@Singleton
@Unremovable
class SkeletonConfigRoots {

    SkeletonConfigRoots(WebhookConfig webhooks, JobsConfig jobs) {
    }
}
