package dev.mvpress.markdown;

import java.util.List;

/** What a markdown body becomes: safe HTML, the plain-text figures derived from it, and its headings. */
public record RenderedMarkdown(String html, String plainText, int wordCount, int readingTimeMinutes, List<Heading> toc) {

    /** Words per minute used for reading time, a common figure for technical prose. */
    public static final int WORDS_PER_MINUTE = 225;

    public static final int EXCERPT_LENGTH = 300;

    /** The description when there is one, else the opening of the body; at most 300 characters. */
    public String excerpt(String description) {
        String source = description != null && !description.isBlank() ? description.strip() : plainText;
        return truncate(source.replaceAll("\\s+", " ").strip(), EXCERPT_LENGTH);
    }

    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "…";
    }
}
