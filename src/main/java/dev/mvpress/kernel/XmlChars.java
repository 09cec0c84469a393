package dev.mvpress.kernel;

/**
 * Characters XML 1.0 cannot carry: C0 controls other than tab, LF and CR, the noncharacters U+FFFE
 * and U+FFFF, and surrogates that are not part of a pair. A feed with one of them cannot be written,
 * so they are refused in names and titles and stripped from free text.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /** The index of the first character XML cannot carry, or -1. */
    public static int firstIllegal(String text) {
        return first(text, false);
    }

    /** The index of the first surrogate that is not part of a pair, or -1. */
    public static int firstLoneSurrogate(String text) {
        return first(text, true);
    }

    private static int first(String text, boolean onlySurrogates) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (onlySurrogates ? Character.isSurrogate(c) : illegal(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text as XML 1.0 can carry it, for output: without controls, noncharacters and lone
     * surrogates. Writes refuse most of them, but a row written before that rule, or by hand, must not
     * turn a feed into a document no reader accepts.
     */
    public static String xmlSafe(String text) {
        if (text == null || firstIllegal(text) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (!illegal(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Removes controls and noncharacters; lone surrogates stay, so that validation refuses them. */
    public static String stripControls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = !Character.isSurrogate(c) && illegal(c);
            if (drop && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** "U+000B at position 9", for messages (positions are 1-based characters). */
    public static String describe(String text, int index) {
        return "U+%04X at position %d".formatted((int) text.charAt(index), text.codePointCount(0, index) + 1);
    }

    private static boolean illegal(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c);
    }
}
