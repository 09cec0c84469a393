package dev.mvpress.feed;

/**
 * Text as XML 1.0 can carry it. Writes refuse most such characters, but a row written before that
 * rule, or by hand, must not turn a feed into a document no reader (and no XML library) accepts.
 */
final class XmlText {

    private XmlText() {
    }

    /** The text without C0 controls other than tab, LF and CR, without U+FFFE/U+FFFF, and without lone surrogates. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == length) {
            return text;
        }
        StringBuilder kept = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            int cp = text.codePointAt(i);
            if (allowed(cp)) {
                kept.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return kept.toString();
    }

    /** XML 1.0's Char production; a lone surrogate reaches here as a code point in D800-DFFF and is refused. */
    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
