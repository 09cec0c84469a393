package dev.mvpress.post.api;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags as posts carry them: "en", "de-CH", "zh-Hant-TW", "sr-Latn". */
public final class Languages {

    public static final int MAX_LENGTH = 35;

    /** A language subtag, then script, region or variant subtags: the shapes a site uses, not every tag BCP 47 allows. */
    public static final String PATTERN =
            "^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$";

    public static final String RULE = "must be a BCP 47 language tag such as en, de-CH or zh-Hant-TW";

    private Languages() {
    }

    /** The tag in its canonical case ("EN-us" -> "en-US"); null stays null. The input must match {@link #PATTERN}. */
    public static String canonical(String tag) {
        if (tag == null) {
            return null;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag.strip()).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            return tag.strip();
        }
    }
}
