package dev.mvpress.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SQL fragments shared by the native queries of several features. */
public final class SqlText {

    private SqlText() {
    }

    /**
     * A search snippet of the text expression for the query bound as {@code :q}: the best passages, with
     * the matches in {@code <mark>}. The text is HTML-escaped first, so the marks are the only markup and a
     * frontend may insert the snippet as HTML. {@code fragments} above 1 joins that many passages with an
     * ellipsis.
     */
    public static String headline(String textExpression, int fragments) {
        String options = "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15"
                + (fragments > 1 ? ", MaxFragments=" + fragments + ", FragmentDelimiter=\" … \"" : "");
        return "ts_headline('english', " + htmlEscaped(textExpression) + ", websearch_to_tsquery('english', :q), '"
                + options + "')";
    }

    /**
     * The SQL text expression with {@code &}, {@code <} and {@code >} escaped, so that what
     * {@code ts_headline} wraps in {@code <mark>} is the only markup in a search snippet.
     */
    public static String htmlEscaped(String expression) {
        return "replace(replace(replace(" + expression + ", '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
    }

    /** Rows of (id, text) as a map from id to text. */
    public static Map<UUID, String> byId(List<Object[]> rows) {
        Map<UUID, String> texts = new HashMap<>();
        for (Object[] row : rows) {
            texts.put((UUID) row[0], (String) row[1]);
        }
        return texts;
    }
}
