package dev.mvpress.post.service;

/** Orders of the post list, as the {@code sort} query parameter spells them. */
public enum PostSort {
    PUBLISHED_AT_DESC("-publishedAt", "p.publishedAt desc nulls last, p.id desc"),
    PUBLISHED_AT("publishedAt", "p.publishedAt asc nulls last, p.id asc"),
    TITLE("title", "lower(p.title) asc, p.id asc"),
    UPDATED_AT_DESC("-updatedAt", "p.updatedAt desc, p.id desc");

    private final String param;
    final String orderBy;

    PostSort(String param, String orderBy) {
        this.param = param;
        this.orderBy = orderBy;
    }

    @Override
    public String toString() {
        return param;
    }
}
