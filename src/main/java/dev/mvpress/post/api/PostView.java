package dev.mvpress.post.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.Timestamped;
import dev.mvpress.post.PostStatus;
import dev.mvpress.tag.api.TagSummary;

/**
 * A post as frontends receive it: markdown only with {@code include=markdown}; in lists, html only with
 * {@code include=body}; {@code fields=} keeps only the components it names (see post/rest/PostShape).
 */
@RegisterForReflection
@Schema(name = "Post")
public record PostView(
        @Schema(description = "Opaque identifier", examples = "0b9a6a53-5d4c-4f7e-a8a4-1f0c9a0e2b11") String id,
        @Schema(examples = "shipping-a-podcast-feed") String slug,
        @Schema(examples = "Shipping a podcast feed") String title,
        @Schema(nullable = true, examples = "How we publish episodes with a static site") String description,
        @Schema(description = "Plain text: the description, or the opening of the body; at most 300 characters") String excerpt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "Searches only: the best passages, HTML-escaped, with the matches in <mark>",
                examples = "How we publish <mark>episodes</mark> with a static site") String snippet,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "The markdown source; only with include=markdown (or fields naming it)") String markdown,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "Rendered, sanitized HTML; in list items only with include=body (or fields naming it)") String html,
        List<TagSummary> tags,
        @Schema(description = "Effective status: a scheduled post whose time has passed is published") PostStatus status,
        @Schema(nullable = true, description = "Null for a draft that was never given a date") Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "4") int readingTimeMinutes,
        @Schema(examples = "812") int wordCount,
        @Schema(nullable = true) String canonicalUrl,
        @Schema(nullable = true) CoverImage coverImage,
        @Schema(description = "The post's page on the frontend",
                examples = "https://example.com/blog/shipping-a-podcast-feed/") String url,
        Map<String, Object> metadata,
        @Schema(description = "Increases with every change", examples = "3") long version) implements Timestamped {
}
