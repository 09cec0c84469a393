package dev.mvpress.post.service;

/** Orders of the post list, as the {@code sort} query parameter spells them, with their keyset columns. */
public enum PostSort {
    PUBLISHED_AT_DESC("-publishedAt", "p.published_at", "timestamptz", true, true),
    PUBLISHED_AT("publishedAt", "p.published_at", "timestamptz", false, true),
    TITLE("title", "lower(p.title)", "text", false, false),
    UPDATED_AT_DESC("-updatedAt", "p.updated_at", "timestamptz", true, false),
    /** Only with q, and the default then: best matches first. */
    RELEVANCE("relevance", "ts_rank(p.search, websearch_to_tsquery('english', :q))", "float8", true, false);

    private final String param;
    final String key;
    final String type;
    final boolean descending;
    final boolean nullable;

    PostSort(String param, String key, String type, boolean descending, boolean nullable) {
        this.param = param;
        this.key = key;
        this.type = type;
        this.descending = descending;
        this.nullable = nullable;
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        return key + direction + (nullable ? " nulls last" : "") + ", p.id" + direction;
    }

    /**
     * Rows after the cursor, in this order (nulls sort last). A row comparison on (key, id) lets
     * PostgreSQL start an index scan right at the cursor, so a page costs the same at any depth;
     * {@code keyNeverNull} is true when the rest of the query already excludes rows without a key.
     */
    String after(boolean keyIsNull, boolean keyNeverNull) {
        String cmp = descending ? "<" : ">";
        if (keyIsNull) {
            return "(" + key + " is null and p.id " + cmp + " :cursorId)";
        }
        String seek = "(" + key + ", p.id) " + cmp + " (cast(:cursorKey as " + type + "), :cursorId)";
        return nullable && !keyNeverNull ? "(" + seek + " or " + key + " is null)" : seek;
    }

    @Override
    public String toString() {
        return param;
    }
}
