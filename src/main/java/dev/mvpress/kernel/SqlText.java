package dev.mvpress.kernel;

/** SQL fragments shared by the native queries of several features. */
public final class SqlText {

    private SqlText() {
    }

    /**
     * The SQL text expression with {@code &}, {@code <} and {@code >} escaped, so that what
     * {@code ts_headline} wraps in {@code <mark>} is the only markup in a search snippet.
     */
    public static String htmlEscaped(String expression) {
        return "replace(replace(replace(" + expression + ", '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
    }
}
