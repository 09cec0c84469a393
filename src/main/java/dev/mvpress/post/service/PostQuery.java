package dev.mvpress.post.service;

import java.time.LocalDate;
import java.util.List;

/**
 * What a post list asks for; visibility is decided by the service from who is asking. {@code sort}
 * is null when the request gave none ({@code -publishedAt}, or relevance with {@code q}).
 */
public record PostQuery(List<String> tags, LocalDate from, LocalDate to, StatusFilter status, PostSort sort, String q,
        PostCursor after) {

    public PostSort effectiveSort() {
        return sort != null ? sort : q != null ? PostSort.RELEVANCE : PostSort.PUBLISHED_AT_DESC;
    }
}
