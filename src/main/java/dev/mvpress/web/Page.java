package dev.mvpress.web;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The envelope of every list: the items of one page and where that page stands. */
@RegisterForReflection
public record Page<T>(List<T> items, PageInfo page) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, new PageInfo(request.number(), request.size(), totalItems, totalPages));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page);
    }

    @RegisterForReflection
    @Schema(name = "PageInfo")
    public record PageInfo(
            @Schema(description = "1-based page number", examples = "1") int number,
            @Schema(description = "Items per page", examples = "20") int size,
            @Schema(description = "Items on all pages", examples = "57") long totalItems,
            @Schema(description = "Number of pages", examples = "3") int totalPages) {
    }
}
