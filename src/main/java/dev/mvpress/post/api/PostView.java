package dev.mvpress.post.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.Timestamped;
import dev.mvpress.markdown.Heading;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostStatus;
import dev.mvpress.series.api.PostSeries;
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
        @Schema(nullable = true) Image coverImage,
        @Schema(description = "The post's page on the frontend",
                examples = "https://example.com/blog/shipping-a-podcast-feed/") String url,
        Map<String, Object> metadata,
        @Schema(description = "Increases with every change", examples = "3") long version,
        @Schema(description = "post, or page (served at /api/pages)", examples = "post") PostKind kind,
        @Schema(description = "BCP 47 language tag: the post's own, else the site's", examples = "en") String language,
        @Schema(nullable = true, description = "Shared by the translations of one text",
                examples = "podcast-feed") String translationKey,
        @Schema(nullable = true, description = "As the author set it; seo.title is the resolved value",
                examples = "Shipping a podcast feed with a static site") String metaTitle,
        @Schema(nullable = true,
                description = "As the author set it; seo.description is the resolved value",
                examples = "Episodes, enclosures and iTunes tags from markdown files") String metaDescription,
        @Schema(nullable = true, description = "As the author set it; seo.image is the resolved value") Image ogImage,
        @Schema(description = "As the author set it", examples = "false") boolean noindex,
        @Schema(description = "The head of the page, every value resolved with its fallback") Seo seo,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "With the html: the headings, with the ids they have in html") List<Heading> toc,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true,
                description = "Single reads of a post: the post published before this one; null for the first") Optional<PostLink> previous,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true,
                description = "Single reads of a post: the post published after this one; null for the newest") Optional<PostLink> next,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "Single reads: the other languages of this text the caller may see") List<Translation> translations,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "Single reads: schema.org structured data (BlogPosting for a post, WebPage for a page),"
                        + " to embed as a script of type application/ld+json",
                examples = "{\"@context\": \"https://schema.org\", \"@type\": \"BlogPosting\", \"headline\": \"Shipping a podcast feed\","
                        + " \"datePublished\": \"2026-05-01T09:00:00Z\", \"author\": {\"@type\": \"Person\", \"name\": \"Ada Example\"}}") Map<String, Object> jsonLd,
        @Schema(nullable = true, description = "The post's series and its place in it, over the parts the caller may"
                + " see: position, total, previous and next part; null when the post is in no series") PostSeries series,
        @Schema(nullable = true, description = "The post's number in its series as the author gave it (series.position"
                + " is the rank readers see)", examples = "2") Integer seriesPosition)
        implements Timestamped {
}
