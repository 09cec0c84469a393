package dev.mvpress.post.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mvpress.post.Post;
import dev.mvpress.post.PostStatus;
import dev.mvpress.tag.api.TagSummary;
import dev.mvpress.tag.rest.TagViews;

/**
 * A post as the API shows it, read with exactly the columns needed: the markdown and the HTML each only
 * when it is shown (see {@link PostBody}), never the plain text kept for search.
 */
public record PostCard(UUID id, String slug, String title, String description, String excerpt, String markdown,
        String html, List<TagSummary> tags, PostStatus status, Instant publishedAt, Instant createdAt,
        Instant updatedAt, int readingTimeMinutes, int wordCount, String canonicalUrl, String coverImageUrl,
        String coverImageAlt, Map<String, Object> metadata, long version) {

    /** The card of a loaded post, with its body. */
    public static PostCard of(Post post) {
        return new PostCard(post.id, post.slug, post.title, post.description, post.excerpt, post.markdown, post.html,
                post.tags.stream().map(TagViews::summary).toList(), post.status, post.publishedAt, post.createdAt,
                post.updatedAt, post.readingTimeMinutes, post.wordCount, post.canonicalUrl, post.coverImageUrl,
                post.coverImageAlt, post.metadata, post.version);
    }

    public PostStatus effectiveStatus(Instant now) {
        return PostStatus.effective(status, publishedAt, now);
    }
}
