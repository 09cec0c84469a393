package dev.mvpress.post.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.LanguageTag;
import dev.mvpress.kernel.PlainText;
import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.XmlChars;
import dev.mvpress.kernel.YearRange;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostStatus;
import dev.mvpress.series.api.SeriesRef;
import dev.mvpress.series.service.SeriesService;
import dev.mvpress.tag.api.TagRef;

/**
 * What an author sends to create or replace a post, as JSON or as the front matter of a markdown
 * document. The read-only fields of {@link PostView} are accepted and ignored, so a post fetched as
 * JSON can be sent back; any other unknown field is a 400.
 */
@RegisterForReflection
@JsonIgnoreProperties(value = {"id", "excerpt", "html", "url", "createdAt", "updatedAt", "readingTimeMinutes",
        "wordCount", "version", "seo", "toc", "previous", "next", "translations", "jsonLd"}, allowGetters = false)
@Schema(name = "PostInput")
public record PostInput(
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.RULE) @PlainText @Schema(
                description = "Derived from the title when absent", examples = "shipping-a-podcast-feed") String slug,
        @NotBlank @Size(max = 300) @PlainText @Schema(required = true, examples = "Shipping a podcast feed") String title,
        @Size(max = 1000) @PlainText @Schema(examples = "How we publish episodes with a static site") String description,
        @Schema(description = "Kept as it is when a PUT leaves it out; send \"\" to empty the body",
                examples = "Body in **markdown**.") String markdown,
        @Size(max = 30) @Schema(description = "Tag slugs or names; missing tags are created") List<@NotNull @Valid TagRef> tags,
        @Schema(description = "draft (the default for a new post), scheduled or published; kept as it is when a PUT leaves it out") PostStatus status,
        @Schema(description = "When the post is (or will be) published; set to now on first publish when absent",
                examples = "2026-05-01T09:00:00Z") @YearRange Instant publishedAt,
        @Size(max = 2000) @HttpUrl @Schema(
                description = "An absolute http(s) URL with a host; no quotes, angle brackets, spaces, backslashes or control characters",
                pattern = HttpUrl.PATTERN, examples = "https://dev.to/author/shipping-a-podcast-feed") String canonicalUrl,
        @Valid ImageInput coverImage,
        @Schema(description = "Any other front-matter keys, kept and returned as they came") Map<String, Object> metadata,
        @Schema(description = "post or page; when given it must match the route (/api/posts or /api/pages)",
                examples = "page") PostKind kind,
        @LanguageTag @Schema(pattern = LanguageTag.PATTERN,
                description = "BCP 47 language tag; the site's language when absent", examples = "de-CH") String language,
        @Size(max = Slugs.MAX_LENGTH) @PlainText @Schema(
                description = "Shared by the translations of one text (Hugo's translationKey)",
                examples = "podcast-feed") String translationKey,
        @Size(max = 300) @PlainText @Schema(description = "Title for search engines and social cards; the title when absent",
                examples = "Shipping a podcast feed with a static site") String metaTitle,
        @Size(max = 1000) @PlainText @Schema(
                description = "Description for search engines and social cards; the description (or excerpt) when absent",
                examples = "Episodes, enclosures and iTunes tags from markdown files") String metaDescription,
        @Valid @Schema(description = "The social card image; the cover image when absent") ImageInput ogImage,
        @Schema(description = "Ask search engines not to index the page (false when absent)",
                examples = "false") Boolean noindex,
        @Schema(nullable = true, description = "The series this post is a part of: its slug or name, or {slug, name};"
                + " a series named for the first time is created (\"Ökosystem .NET – Teil\" gets slug"
                + " okosystem-net-teil). Null or absent: in no series; a page is never in one") SeriesRef series,
        @Min(1) @Max(SeriesService.MAX_POSITION) @Schema(nullable = true, description = "The post's number in its"
                + " series, 1 to " + SeriesService.MAX_POSITION + "; parts are ordered by it (unnumbered parts last),"
                + " then by publishedAt. Only with series", examples = "2") Integer seriesPosition) {

    /** Controls a word processor pasted into the body would break the feeds; in free text they are dropped. */
    public PostInput {
        markdown = XmlChars.stripControls(markdown);
    }

    /** The same input under another slug. */
    public PostInput withSlug(String newSlug) {
        return new PostInput(newSlug, title, description, markdown, tags, status, publishedAt, canonicalUrl, coverImage,
                metadata, kind, language, translationKey, metaTitle, metaDescription, ogImage, noindex, series,
                seriesPosition);
    }

    /** The same input with another status. */
    public PostInput withStatus(PostStatus newStatus) {
        return new PostInput(slug, title, description, markdown, tags, newStatus, publishedAt, canonicalUrl, coverImage,
                metadata, kind, language, translationKey, metaTitle, metaDescription, ogImage, noindex, series,
                seriesPosition);
    }
}
