package dev.mvpress.post.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.PlainText;
import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.XmlChars;
import dev.mvpress.kernel.YearRange;
import dev.mvpress.post.PostStatus;
import dev.mvpress.tag.api.TagRef;

/**
 * What an author sends to create or replace a post, as JSON or as the front matter of a markdown
 * document. The read-only fields of {@link PostView} are accepted and ignored, so a post fetched as
 * JSON can be sent back; any other unknown field is a 400.
 */
@RegisterForReflection
@JsonIgnoreProperties(value = {"id", "excerpt", "html", "url", "createdAt", "updatedAt", "readingTimeMinutes",
        "wordCount", "version"}, allowGetters = false)
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
        @Valid CoverImage coverImage,
        @Schema(description = "Any other front-matter keys, kept and returned as they came") Map<String, Object> metadata) {

    /** Controls a word processor pasted into the body would break the feeds; in free text they are dropped. */
    public PostInput {
        markdown = XmlChars.stripControls(markdown);
    }
}
