package dev.mvpress.kernel;

/** Text shortened to a limit with an ellipsis, as the MVP portal's title and description limits need. */
public final class TextCut {

    /** A cut moves back to a word's end when one is this near, so that the text reads as it was written. */
    private static final int WORD_CUT = 20;

    private TextCut() {
    }

    /**
     * The text itself when it fits, else at most {@code max} characters ending in "…": never inside a
     * surrogate pair, and at a word's end when one is near.
     */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (!Character.isWhitespace(text.charAt(end)) && space > end - WORD_CUT) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
