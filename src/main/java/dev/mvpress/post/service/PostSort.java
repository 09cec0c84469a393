package dev.mvpress.post.service;

/**
 * Orders of the post list, as the {@code sort} query parameter spells them; their keyset columns and
 * ORDER BY text are built by {@link PostQueries}.
 */
public enum PostSort {
    PUBLISHED_AT_DESC("-publishedAt", true, true),
    PUBLISHED_AT("publishedAt", false, true),
    TITLE("title", false, false),
    UPDATED_AT_DESC("-updatedAt", true, false),
    /** Only with q, and the default then: best matches first. */
    RELEVANCE("relevance", true, false);

    private final String param;
    final boolean descending;
    /** Whether the key may be null (a draft has no publishedAt); nulls sort last. */
    final boolean nullable;

    PostSort(String param, boolean descending, boolean nullable) {
        this.param = param;
        this.descending = descending;
        this.nullable = nullable;
    }

    @Override
    public String toString() {
        return param;
    }
}
