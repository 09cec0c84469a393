package dev.mvpress.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** URL slugs: lowercase ASCII letters and digits in runs joined by single hyphens. */
public final class Slugs {

    public static final int MAX_LENGTH = 100;
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final String RULE = "must be lowercase letters and digits joined by single hyphens, such as my-first-post";

    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    // Letters that Unicode decomposition does not fold to ASCII.
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ø", "o"),
            Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("ł", "l"), Map.entry("þ", "th"),
            Map.entry("ı", "i"), Map.entry("ħ", "h"));

    private Slugs() {
    }

    /** "Becoming a Microsoft MVP" becomes {@code becoming-a-microsoft-mvp}; may be empty for text with no Latin letters. */
    public static String derive(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            String letter = new String(Character.toChars(cp));
            folded.append(LETTERS.getOrDefault(letter, letter));
        });
        String ascii = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
        String slug = OTHERS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = trimHyphens(lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : slug);
        }
        return slug;
    }

    public static boolean valid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
