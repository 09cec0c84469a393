package dev.mvpress.post.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.mvpress.post.PostKind;

/**
 * What a post list asks for; visibility is decided by the service from who is asking. {@code sort}
 * is null when the request gave none ({@code -publishedAt}, or relevance with {@code q}). {@code kind}
 * says whether posts or pages are listed; {@code language}, when given, keeps those in that language
 * (the site's language standing in for rows that have none).
 */
public record PostQuery(List<String> tags, LocalDate from, LocalDate to, StatusFilter status, PostSort sort, String q,
        PostCursor after, PostKind kind, LanguageFilter language) {

    /** A list of posts in any language. */
    public PostQuery(List<String> tags, LocalDate from, LocalDate to, StatusFilter status, PostSort sort, String q,
            PostCursor after) {
        this(tags, from, to, status, sort, q, after, PostKind.POST, null);
    }

    public PostSort effectiveSort() {
        return sort != null ? sort : q != null ? PostSort.RELEVANCE : PostSort.PUBLISHED_AT_DESC;
    }

    /**
     * Posts in the language {@code tag} or one of its regional forms ({@code de} finds de, de-CH and de-AT);
     * {@code orUnset} when the site's language is such a form too, so the posts that have no language of their own match.
     */
    public record LanguageFilter(String tag, boolean orUnset) {

        public static LanguageFilter of(String tag, String siteLanguage) {
            return new LanguageFilter(tag, matches(tag, siteLanguage));
        }

        /** The Java side of the SQL in PostQueries#filter. */
        public static boolean matches(String tag, String language) {
            if (language == null) {
                return false;
            }
            String l = language.toLowerCase(Locale.ROOT);
            String t = tag.toLowerCase(Locale.ROOT);
            return l.equals(t) || l.startsWith(t + "-");
        }
    }
}
