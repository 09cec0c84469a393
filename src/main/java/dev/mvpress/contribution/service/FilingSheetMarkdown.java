package dev.mvpress.contribution.service;

import java.time.LocalDate;

import dev.mvpress.contribution.service.FilingCard.Field;

/**
 * The filing sheet as a markdown document: the same cards as the HTML page, each a {@code ##} section with
 * its fields in the form's order. A value stands verbatim in a code span (one line) or a fenced block (several
 * lines), which a markdown viewer shows as typed and GitHub gives a copy button; only the heading's title is
 * backslash-escaped. Written in parts (head, each card, tail), so that a year of cards is never one string.
 */
public final class FilingSheetMarkdown {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private FilingSheetMarkdown() {
    }

    /** Everything before the first card; {@code count} is the number of cards that follow. */
    public static String head(int count, LocalDate from, LocalDate to, boolean hidden) {
        StringBuilder md = new StringBuilder(1024);
        md.append("# MVP filing sheet\n\n").append(count).append(count == 1 ? " activity" : " activities")
                .append(" from ").append(FilingSheet.SHOWN_DATE.format(from)).append(" to ")
                .append(FilingSheet.SHOWN_DATE.format(to)).append(", oldest first. Each section has the fields of the")
                .append(" portal's Create Activity/Event form, in the form's order and with its labels.\n");
        if (hidden) {
            md.append("\n> Public view: private entries and private descriptions are left out. Request the sheet with")
                    .append(" a token that has drafts:read to include them.\n");
        }
        if (count == 0) {
            md.append("\nNo activities in this period.\n");
        }
        return md.toString();
    }

    /** One card's section. */
    public static String card(FilingCard card) {
        StringBuilder md = new StringBuilder(1024);
        md.append("\n## ").append(card.number()).append(". ").append(escape(card.title())).append("\n\n")
                .append(escape(card.typeName())).append(", ").append(card.shownDate())
                .append(card.privateEntry() ? " (private in MVPress)" : "").append("\n");
        for (Field field : card.fields()) {
            md.append("\n**").append(field.label()).append("**\n\n");
            if (field.values().isEmpty()) {
                md.append("(none)\n");
            } else if (field.values().size() == 1) {
                md.append(block(field.values().get(0)));
            } else {
                for (String value : field.values()) {
                    md.append("- ").append(span(value)).append('\n');
                }
            }
        }
        if (!card.issues().isEmpty()) {
            md.append("\n**Before filing**\n\n");
            for (String issue : card.issues()) {
                md.append("- ").append(escape(issue)).append('\n');
            }
        }
        return md.toString();
    }

    /** Everything after the last card. */
    public static String tail() {
        return "";
    }

    /** A value on its own: a code span when it is one line, else a fenced block longer than any fence in it. */
    private static String block(String value) {
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return span(value) + "\n";
        }
        String fence = "`".repeat(Math.max(3, longestRun(value) + 1));
        return fence + "text\n" + value + (value.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    /** A code span that holds the value as it is, backticks included (CommonMark 6.1). */
    private static String span(String value) {
        String ticks = "`".repeat(longestRun(value) + 1);
        boolean pad = value.startsWith("`") || value.endsWith("`") || value.startsWith(" ") && value.endsWith(" ");
        return ticks + (pad ? " " + value + " " : value) + ticks;
    }

    private static int longestRun(String value) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            run = value.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Every ASCII punctuation character backslash-escaped, so a title reads as text and never as markup or HTML. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (PUNCTUATION.indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch == '\n' || ch == '\r' ? ' ' : ch);
        }
        return out.toString();
    }
}
