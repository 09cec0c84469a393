package dev.mvpress.tag.service;

/** Orders of the tag list, as the {@code sort} query parameter spells them. */
public enum TagSort {
    NAME("name", "lower(t.name), t.slug"),
    POST_COUNT_DESC("-postCount", "postCount desc, lower(t.name), t.slug");

    private final String param;
    final String orderBy;

    TagSort(String param, String orderBy) {
        this.param = param;
        this.orderBy = orderBy;
    }

    @Override
    public String toString() {
        return param;
    }
}
