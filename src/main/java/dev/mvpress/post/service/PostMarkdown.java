package dev.mvpress.post.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.mvpress.kernel.Suggestions;
import dev.mvpress.kernel.YearRange;
import dev.mvpress.markdown.FrontMatter;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostStatus;
import dev.mvpress.post.api.ImageInput;
import dev.mvpress.post.api.PostInput;
import dev.mvpress.series.service.SeriesFrontMatter;
import dev.mvpress.tag.api.TagRef;
import dev.mvpress.web.Problem;
import dev.mvpress.web.ProblemException;
import dev.mvpress.web.ProblemType;

/**
 * Posts as markdown documents with YAML front matter. Reading accepts the keys authors already use
 * (Jekyll, Hugo, Astro, dev.to); writing uses the API's own names, so a document fetched with
 * {@code Accept: text/markdown} can be PUT back unchanged.
 */
public final class PostMarkdown {

    public static final String MEDIA_TYPE = "text/markdown";

    private static final List<String> DATE_KEYS = List.of("publishedAt", "published_at", "date");
    private static final List<String> CANONICAL_KEYS = List.of("canonicalUrl", "canonical_url", "canonicalURL");
    private static final List<String> COVER_KEYS = List.of("coverImage", "cover_image", "image");
    // Ghost's meta_title and og_image, dev.to's social_image, Hugo's images (the first is the card).
    private static final List<String> META_TITLE_KEYS = List.of("metaTitle", "meta_title", "seoTitle");
    private static final List<String> META_DESCRIPTION_KEYS = List.of("metaDescription", "meta_description");
    private static final List<String> OG_IMAGE_KEYS = List.of("ogImage", "og_image", "social_image", "images");
    private static final List<String> NOINDEX_KEYS = List.of("noindex", "noIndex");
    private static final List<String> LANGUAGE_KEYS = List.of("language", "lang");
    private static final List<String> TRANSLATION_KEYS = List.of("translationKey", "translation_key");
    private static final List<String> KNOWN = List.of("title", "slug", "description", "tags", "draft", "published",
            "status", "publishedAt", "published_at", "date", "canonicalUrl", "canonical_url", "canonicalURL", "coverImage",
            "cover_image", "image", "kind", "metaTitle", "meta_title", "seoTitle", "metaDescription", "meta_description",
            "ogImage", "og_image", "social_image", "images", "noindex", "noIndex", "language", "lang", "translationKey",
            "translation_key");
    // Keys that static site generators use and that happen to be one letter away from one of ours.
    private static final Set<String> NOT_TYPOS = Set.of("data", "type", "layout");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]");

    private PostMarkdown() {
    }

    public static PostInput read(String document) {
        if (document.indexOf('\0') >= 0) {
            throw ProblemException.invalid("body", "must not contain NUL (U+0000) characters");
        }
        String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n") && !text.strip().equals("---")) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "No front matter found: a markdown post starts with a"
                    + " '---' line, then YAML front matter with at least a title, then a closing '---' line",
                    List.of(new Problem.FieldError("frontMatter",
                            "no front matter found; the document must start with '---'")));
        }
        FrontMatter.Document doc = FrontMatter.parse(document);
        Map<String, Object> fm = doc.fields();
        Map<String, Object> metadata = new LinkedHashMap<>();
        List<Problem.FieldError> typos = new ArrayList<>();
        fm.forEach((key, value) -> {
            if (!KNOWN.contains(key) && !SeriesFrontMatter.KEYS.contains(key)) {
                String meant = NOT_TYPOS.contains(key) ? null : Suggestions.closest(key, KNOWN);
                if (meant != null) {
                    typos.add(new Problem.FieldError(key, "is not a front-matter key; did you mean '" + meant + "'?"));
                }
                metadata.put(key, value);
            }
        });
        if (!typos.isEmpty()) {
            throw ProblemException.invalid(typos);
        }
        return new PostInput(
                text(fm, "slug"),
                text(fm, "title"),
                text(fm, "description"),
                doc.body(),
                tags(fm.get("tags")),
                status(fm),
                date(fm),
                text(fm, first(fm, CANONICAL_KEYS)),
                image(fm, first(fm, COVER_KEYS)),
                metadata,
                kind(fm),
                text(fm, first(fm, LANGUAGE_KEYS)),
                text(fm, first(fm, TRANSLATION_KEYS)),
                text(fm, first(fm, META_TITLE_KEYS)),
                text(fm, first(fm, META_DESCRIPTION_KEYS)),
                image(fm, first(fm, OG_IMAGE_KEYS)),
                bool(fm, first(fm, NOINDEX_KEYS)),
                SeriesFrontMatter.series(fm),
                SeriesFrontMatter.position(fm));
    }

    public static String write(Post post, Instant now) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", post.title);
        fm.put("slug", post.slug);
        if (post.description != null) {
            fm.put("description", post.description);
        }
        fm.put("tags", post.tags.stream().map(t -> t.slug).toList());
        fm.put("status", post.effectiveStatus(now).toString());
        if (post.publishedAt != null) {
            fm.put("publishedAt", post.publishedAt.toString());
        }
        if (post.canonicalUrl != null) {
            fm.put("canonicalUrl", post.canonicalUrl);
        }
        PostCard card = PostCard.of(post);
        putImage(fm, "coverImage", card.coverImage());
        if (post.kind == PostKind.PAGE) {
            fm.put("kind", post.kind.toString());
        }
        if (post.language != null) {
            fm.put("language", post.language);
        }
        if (post.translationKey != null) {
            fm.put("translationKey", post.translationKey);
        }
        if (post.metaTitle != null) {
            fm.put("metaTitle", post.metaTitle);
        }
        if (post.metaDescription != null) {
            fm.put("metaDescription", post.metaDescription);
        }
        putImage(fm, "ogImage", card.ogImage());
        if (post.noindex) {
            fm.put("noindex", true);
        }
        SeriesFrontMatter.write(post, fm);
        if (post.metadata != null) {
            fm.putAll(post.metadata);
        }
        return FrontMatter.write(fm, post.markdown);
    }

    private static String first(Map<String, Object> fm, List<String> keys) {
        return keys.stream().filter(fm::containsKey).findFirst().orElse(keys.get(0));
    }

    private static String text(Map<String, Object> fm, String key) {
        Object value = fm.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw ProblemException.invalid(key, "must be a single value, not a list or mapping");
        }
        return value.toString();
    }

    private static List<TagRef> tags(Object value) {
        if (value == null) {
            return List.of();
        }
        List<TagRef> tags = new ArrayList<>();
        if (value instanceof String s) {
            Arrays.stream(s.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(t -> tags.add(TagRef.of(t)));
            return tags;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item == null || item instanceof Map || item instanceof List) {
                    throw ProblemException.invalid("tags[" + i + "]", "must be a tag name");
                }
                if (!item.toString().isBlank()) {
                    tags.add(TagRef.of(item.toString().strip()));
                }
            }
            return tags;
        }
        throw ProblemException.invalid("tags", "must be a list of tag names or a comma-separated string");
    }

    private static PostStatus status(Map<String, Object> fm) {
        if (fm.get("status") != null) {
            String raw = text(fm, "status").strip().toLowerCase(Locale.ROOT);
            try {
                return PostStatus.fromJson(raw);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", e.getMessage());
            }
        }
        Boolean draft = bool(fm, "draft");
        if (draft != null) {
            return draft ? PostStatus.DRAFT : PostStatus.PUBLISHED;
        }
        Boolean published = bool(fm, "published");
        if (published != null) {
            return published ? PostStatus.PUBLISHED : PostStatus.DRAFT;
        }
        return null;
    }

    private static Boolean bool(Map<String, Object> fm, String key) {
        Object value = fm.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String s = value.toString().strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        throw ProblemException.invalid(key, "must be true or false");
    }

    private static Instant date(Map<String, Object> fm) {
        for (String key : DATE_KEYS) {
            Object value = fm.get(key);
            if (value != null) {
                return parseInstant(key, value.toString().strip());
            }
        }
        return null;
    }

    /** A calendar day (midnight UTC), an ISO-8601 instant or offset date-time, or "yyyy-MM-dd HH:mm[:ss]" in UTC. */
    static Instant parseInstant(String field, String raw) {
        Instant parsed = parseAnyInstant(field, raw);
        if (!YearRange.Validator.inRange(parsed)) {
            throw ProblemException.invalid(field, YearRange.RULE);
        }
        return parsed;
    }

    private static Instant parseAnyInstant(String field, String raw) {
        try {
            if (raw.length() == 10) {
                return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (raw.endsWith("Z") || raw.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(raw.replace(' ', 'T')).toInstant();
            }
            if (raw.contains("T")) {
                return LocalDateTime.parse(raw).toInstant(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(raw, SPACED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field,
                    "must be a date such as 2024-05-01 or an instant such as 2024-05-01T09:30:00Z");
        }
    }

    private static void putImage(Map<String, Object> fm, String key, ImageInput image) {
        if (image == null) {
            return;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("url", image.url());
        putIfSet(map, "alt", image.alt());
        putIfSet(map, "width", image.width());
        putIfSet(map, "height", image.height());
        putIfSet(map, "caption", image.caption());
        fm.put(key, map);
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static PostKind kind(Map<String, Object> fm) {
        String raw = text(fm, "kind");
        if (raw == null) {
            return null;
        }
        try {
            return PostKind.fromJson(raw.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", e.getMessage());
        }
    }

    /**
     * An image: a URL, a mapping with url (or src), alt, width, height and caption, or (Hugo's images) a list
     * whose first item is one of those.
     */
    private static ImageInput image(Map<String, Object> fm, String key) {
        Object value = fm.get(key);
        if (value instanceof List<?> list && "images".equals(key)) {
            value = list.isEmpty() ? null : list.get(0);
        }
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Object url = map.get("url") != null ? map.get("url") : map.get("src");
            return new ImageInput(string(key, map, url), string(key, map, map.get("alt")), size(key + ".width",
                    map.get("width")), size(key + ".height", map.get("height")), string(key, map, map.get("caption")));
        }
        if (value instanceof List) {
            throw ProblemException.invalid(key, "must be a URL or a mapping with url, alt, width, height and caption");
        }
        return ImageInput.of(value.toString(), null);
    }

    private static String string(String key, Map<?, ?> map, Object value) {
        if (value instanceof Map || value instanceof List) {
            throw ProblemException.invalid(key, "must be a URL or a mapping with url, alt, width, height and caption");
        }
        return value == null ? null : value.toString();
    }

    private static Integer size(String field, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number of pixels");
        }
    }
}
