package dev.mvpress.series.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.Timestamped;

/** A series as listed: its name and description and how many of its parts the caller may see. */
@RegisterForReflection
@Schema(name = "Series")
public record SeriesView(
        @Schema(examples = "okosystem-net-teil") String slug,
        @Schema(examples = "Ökosystem .NET – Teil") String name,
        @Schema(nullable = true, examples = "Eine Reise durch die .NET-Landschaft in vier Teilen") String description,
        @Schema(description = "The parts the caller may see (published ones for anonymous callers)",
                examples = "4") long postCount,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) implements Timestamped {
}
