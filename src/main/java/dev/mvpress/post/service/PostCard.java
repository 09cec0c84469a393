package dev.mvpress.post.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mvpress.post.PostStatus;
import dev.mvpress.tag.api.TagSummary;

/**
 * A post as lists show it, read with exactly the columns a list needs: the markdown and HTML only
 * when the list asks for bodies ({@code include=body}), never the plain text kept for search.
 */
public record PostCard(UUID id, String slug, String title, String description, String excerpt, String markdown,
        String html, List<TagSummary> tags, PostStatus status, Instant publishedAt, Instant createdAt,
        Instant updatedAt, int readingTimeMinutes, int wordCount, String canonicalUrl, String coverImageUrl,
        String coverImageAlt, Map<String, Object> metadata, long version) {

    public PostStatus effectiveStatus(Instant now) {
        return PostStatus.effective(status, publishedAt, now);
    }
}
