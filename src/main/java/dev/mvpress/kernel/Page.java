package dev.mvpress.kernel;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The envelope of every list: the items of one page and where that page stands. */
@RegisterForReflection
public record Page<T>(List<T> items, PageInfo page) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return of(items, request, totalItems, null);
    }

    /** A numbered page; nextCursor, when given, continues after its last item with keyset paging. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems, String nextCursor) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, new PageInfo(request.number(), request.size(), totalItems, totalPages, nextCursor));
    }

    /** A keyset page: no number and no totals (counting would cost as much as the depth). */
    public static <T> Page<T> afterCursor(List<T> items, int size, String nextCursor) {
        return new Page<>(items, new PageInfo(null, size, null, null, nextCursor));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page);
    }

    @RegisterForReflection
    @Schema(name = "PageInfo")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PageInfo(
            @Schema(description = "1-based page number; absent on a page requested with after", examples = "1") Integer number,
            @Schema(description = "Items per page", examples = "20") int size,
            @Schema(description = "Items on all pages; absent on a page requested with after", examples = "57") Long totalItems,
            @Schema(description = "Number of pages; absent on a page requested with after", examples = "3") Integer totalPages,
            @Schema(description = "Posts only: pass as after= for the items that follow; absent on the last page",
                    examples = "cy1wdWJsaXNoZWRBdAo") String nextCursor) {
    }
}
