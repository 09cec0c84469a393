package dev.mvpress.contribution.service;

/**
 * Orders of the contribution list, as the {@code sort} query parameter spells them; their SQL is
 * {@link ContributionQueries#orderBy}.
 */
public enum ContributionSort {
    DATE_DESC("-date"),
    DATE("date"),
    TITLE("title"),
    /** Only with q: best matches first. */
    RELEVANCE("relevance");

    private final String param;

    ContributionSort(String param) {
        this.param = param;
    }

    @Override
    public String toString() {
        return param;
    }
}
