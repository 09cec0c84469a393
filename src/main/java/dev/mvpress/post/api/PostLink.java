package dev.mvpress.post.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Another post, as a link to it: previous and next posts. */
@RegisterForReflection
@Schema(name = "PostLink")
public record PostLink(
        @Schema(examples = "writing-a-json-feed") String slug,
        @Schema(examples = "Writing a JSON Feed") String title,
        @Schema(description = "Its page on the frontend",
                examples = "https://example.com/blog/writing-a-json-feed/") String url,
        @Schema(examples = "2026-04-12T08:00:00Z") Instant publishedAt) {
}
