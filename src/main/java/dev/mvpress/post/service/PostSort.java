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

    /** Rows after the cursor, in this order (nulls sort last). */
    String after(boolean keyIsNull) {
        String cmp = descending ? "<" : ">";
        if (keyIsNull) {
            return "(" + key + " is null and p.id " + cmp + " :cursorId)";
        }
        String value = "cast(:cursorKey as " + type + ")";
        return "(" + key + " " + cmp + " " + value + " or (" + key + " = " + value + " and p.id " + cmp + " :cursorId)"
                + (nullable ? " or " + key + " is null" : "") + ")";
    }

    @Override
    public String toString() {
        return param;
    }
}
