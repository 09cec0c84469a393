package dev.mvpress.post.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mvpress.markdown.Heading;
import dev.mvpress.markdown.MarkdownRenderer;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostStatus;
import dev.mvpress.post.api.ImageInput;
import dev.mvpress.tag.api.TagSummary;
import dev.mvpress.tag.rest.TagViews;

/**
 * A post as the API shows it, read with exactly the columns needed: the markdown and the HTML each only
 * when it is shown (see {@link PostBody}), never the plain text kept for search. The table of contents comes with the html.
 */
public record PostCard(UUID id, String slug, String title, String description, String excerpt, String markdown,
        String html, List<TagSummary> tags, PostStatus status, Instant publishedAt, Instant createdAt,
        Instant updatedAt, int readingTimeMinutes, int wordCount, String canonicalUrl, ImageInput coverImage,
        Map<String, Object> metadata, long version, PostKind kind, String language, String translationKey,
        String metaTitle, String metaDescription, ImageInput ogImage, boolean noindex, List<Heading> toc,
        String seriesSlug, String seriesName, Integer seriesPosition) {

    /** The card of a loaded post, with its body. */
    public static PostCard of(Post post) {
        return new PostCard(post.id, post.slug, post.title, post.description, post.excerpt, post.markdown, post.html,
                post.tags.stream().map(TagViews::summary).toList(), post.status, post.publishedAt, post.createdAt,
                post.updatedAt, post.readingTimeMinutes, post.wordCount, post.canonicalUrl,
                image(post.coverImageUrl, post.coverImageAlt, post.coverImageWidth, post.coverImageHeight,
                        post.coverImageCaption),
                post.metadata, post.version, post.kind, post.language, post.translationKey, post.metaTitle,
                post.metaDescription, image(post.ogImageUrl, post.ogImageAlt, post.ogImageWidth, post.ogImageHeight,
                        post.ogImageCaption),
                post.noindex, toc(post.toc, post.html), post.series == null ? null : post.series.slug,
                post.series == null ? null : post.series.name, post.seriesPosition);
    }

    /** An image from its columns; null without a URL. */
    static ImageInput image(String url, String alt, Integer width, Integer height, String caption) {
        return url == null ? null : new ImageInput(url, alt, width, height, caption);
    }

    /** The stored table of contents, or for a row not written since it was stored, the one read off its html. */
    static List<Heading> toc(List<Map<String, Object>> stored, String html) {
        if (stored == null) {
            return html == null ? null : MarkdownRenderer.toc(html);
        }
        return stored.stream().map(h -> new Heading(((Number) h.get("level")).intValue(), (String) h.get("id"),
                (String) h.get("text"))).toList();
    }

    public PostStatus effectiveStatus(Instant now) {
        return PostStatus.effective(status, publishedAt, now);
    }
}
