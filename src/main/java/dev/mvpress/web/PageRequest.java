package dev.mvpress.web;

import dev.mvpress.MvpressConfig;

/** A 1-based page number and a page size, validated against the configured bounds. */
public record PageRequest(int number, int size) {

    public static PageRequest of(String page, String size, MvpressConfig.Paging paging) {
        return new PageRequest(
                Params.intIn("page", page, 1, 1, Integer.MAX_VALUE / Math.max(1, paging.maxSize())),
                Params.intIn("size", size, paging.defaultSize(), 1, paging.maxSize()));
    }

    public int offset() {
        return (number - 1) * size;
    }
}
