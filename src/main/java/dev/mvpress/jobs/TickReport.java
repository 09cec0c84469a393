package dev.mvpress.jobs;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What one tick did: counts by name, merged from its steps. */
@RegisterForReflection
@Schema(name = "TickReport")
public record TickReport(
        @Schema(description = "The time the tick ran for", examples = "2026-12-01T09:00:04.120Z") Instant at,
        @Schema(description = "Counts by name from every step: changes, messages, deliveries, wentLive,"
                + " deployHookEvents, delivered...; stepsFailed when a step failed (see the log)",
                examples = "{\"changes\": 3, \"messages\": 4}") Map<String, Integer> counts) {
}
