package dev.mvpress.contribution.importer;

import java.util.List;

import dev.mvpress.contribution.api.SourceImportReport.ItemProblem;
import dev.mvpress.kernel.TextCut;
import dev.mvpress.kernel.XmlChars;

/**
 * The problems of one imported item, added to the import's list as they are found, and the text rules
 * an item's title and description go through: XML-safe, and cut to the portal's limits with an
 * ellipsis (reported, not refused: the source cannot be edited, the entry can).
 */
record ItemReport(int item, String title, String url, List<ItemProblem> problems) {

    /** A cut text ends at a word's end when one is this close to the limit. */

    void leftOut(String field, String message) {
        problems.add(new ItemProblem(item, title, url, field, message, true));
    }

    /** Something the author should look at; the item is imported all the same. */
    void warn(String field, String message) {
        problems.add(new ItemProblem(item, title, url, field, message, false));
    }

    /** The text cut to at most {@code max} characters with an ellipsis, never inside a surrogate pair, and reported. */
    String cut(String field, String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        warn(field, "had " + text.length() + " characters; cut to " + max + " with an ellipsis (the portal's limit)");
        return TextCut.cut(text, max);
    }

    /** One line of text: XML-safe, whitespace runs as one space; null when nothing is left. */
    static String line(String text) {
        return text == null ? null : blankToNull(XmlChars.xmlSafe(text).replaceAll("\\s+", " ").strip());
    }

    /** Text with its line breaks: XML-safe, CRLF as LF; null when nothing is left. */
    static String text(String text) {
        return text == null ? null : blankToNull(XmlChars.xmlSafe(text).replace("\r\n", "\n").strip());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
