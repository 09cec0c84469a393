package dev.mvpress.contribution.service;

/** Orders of the contribution list, as the {@code sort} query parameter spells them. */
public enum ContributionSort {
    DATE_DESC("-date", "c.date desc, c.created_at desc, c.id desc"),
    DATE("date", "c.date asc, c.created_at asc, c.id asc"),
    TITLE("title", "lower(c.title) asc, c.id asc"),
    /** Only with q: best matches first. */
    RELEVANCE("relevance", "ts_rank(c.search, websearch_to_tsquery('english', :q)) desc, c.date desc, c.id desc");

    private final String param;
    final String orderBy;

    ContributionSort(String param, String orderBy) {
        this.param = param;
        this.orderBy = orderBy;
    }

    @Override
    public String toString() {
        return param;
    }
}
