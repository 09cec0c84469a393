package dev.mvpress.tag.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.mvpress.tag.Tag;
import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(name = "Tag")
public record TagView(
        @Schema(examples = "dotnet") String slug,
        @Schema(examples = ".NET") String name,
        @Schema(nullable = true, examples = "Posts about .NET and C#") String description,
        @Schema(description = "Published posts with this tag", examples = "12") long postCount,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) implements dev.mvpress.kernel.Timestamped {

    public static TagView of(Tag tag, long postCount) {
        return new TagView(tag.slug, tag.name, tag.description, postCount, tag.createdAt, tag.updatedAt, tag.version);
    }
}
