package dev.mvpress.series.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.Timestamped;
import dev.mvpress.post.api.PostView;

/** A series with its parts in reading order. */
@RegisterForReflection
@Schema(name = "SeriesWithParts")
public record SeriesDetail(
        @Schema(examples = "okosystem-net-teil") String slug,
        @Schema(examples = "Ökosystem .NET – Teil") String name,
        @Schema(nullable = true, examples = "Eine Reise durch die .NET-Landschaft in vier Teilen") String description,
        @Schema(description = "The parts the caller may see", examples = "4") long postCount,
        @Schema(description = "The parts the caller may see, in reading order, without markdown and html; each"
                + " carries its place in series.position (1, 2, ...) and its previous and next part") List<PostView> parts,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) implements Timestamped {
}
