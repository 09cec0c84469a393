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
import dev.mvpress.post.PostStatus;
import dev.mvpress.post.api.CoverImage;
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
    private static final List<String> CANONICAL_KEYS = List.of("canonicalUrl", "canonical_url");
    private static final List<String> COVER_KEYS = List.of("coverImage", "cover_image", "image");
    private static final List<String> KNOWN = List.of("title", "slug", "description", "tags", "draft", "published",
            "status", "publishedAt", "published_at", "date", "canonicalUrl", "canonical_url", "coverImage",
            "cover_image", "image");
    // Keys that static site generators use and that happen to be one letter away from one of ours.
    private static final Set<String> NOT_TYPOS = Set.of("images", "data");
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
                cover(fm),
                metadata,
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
        if (post.coverImageUrl != null) {
            Map<String, Object> cover = new LinkedHashMap<>();
            cover.put("url", post.coverImageUrl);
            if (post.coverImageAlt != null) {
                cover.put("alt", post.coverImageAlt);
            }
            fm.put("coverImage", cover);
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

    private static CoverImage cover(Map<String, Object> fm) {
        String key = first(fm, COVER_KEYS);
        Object value = fm.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Object url = map.get("url");
            Object alt = map.get("alt");
            return new CoverImage(url == null ? null : url.toString(), alt == null ? null : alt.toString());
        }
        if (value instanceof List) {
            throw ProblemException.invalid(key, "must be a URL or a mapping with url and alt");
        }
        return new CoverImage(value.toString(), null);
    }
}
