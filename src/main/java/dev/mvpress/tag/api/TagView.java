package dev.mvpress.tag.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.Timestamped;

@RegisterForReflection
@Schema(name = "Tag")
public record TagView(
        @Schema(examples = "dotnet") String slug,
        @Schema(examples = ".NET") String name,
        @Schema(nullable = true, examples = "Posts about .NET and C#") String description,
        @Schema(nullable = true, description = "The key of the technology area this tag maps to (GET"
                + " /api/technology-areas); null when it maps to none", examples = "dotnet") String technologyArea,
        @Schema(description = "Published posts with this tag", examples = "12") long postCount,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) implements Timestamped {
}
