package dev.mvpress.post.service;

/** The {@code status} filter of the post list; only an authenticated caller sees anything but published. */
public enum StatusFilter {
    PUBLISHED("published"), SCHEDULED("scheduled"), DRAFT("draft"), ANY("any");

    private final String param;

    StatusFilter(String param) {
        this.param = param;
    }

    @Override
    public String toString() {
        return param;
    }
}
