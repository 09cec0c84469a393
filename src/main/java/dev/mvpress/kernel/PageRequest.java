package dev.mvpress.kernel;

/** A 1-based page number and a page size; {@code Params.page} reads one from a request's query parameters. */
public record PageRequest(int number, int size) {

    public int offset() {
        return (number - 1) * size;
    }
}
