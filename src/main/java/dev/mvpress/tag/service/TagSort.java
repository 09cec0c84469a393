package dev.mvpress.tag.service;

/** Orders of the tag list, as the {@code sort} query parameter spells them; TagQueries#orderBy has their SQL. */
public enum TagSort {
    NAME("name"),
    POST_COUNT_DESC("-postCount");

    private final String param;

    TagSort(String param) {
        this.param = param;
    }

    @Override
    public String toString() {
        return param;
    }
}
