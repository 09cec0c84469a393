package dev.mvpress.series.service;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mvpress.post.Post;
import dev.mvpress.series.api.SeriesRef;
import dev.mvpress.web.ProblemException;

/**
 * A post's series in YAML front matter, under the keys people already use. {@code series}: dev.to's string
 * ({@code series: My Series}), Hugo's taxonomy list of one ({@code series: ["My Series"]}), or a mapping
 * {@code {slug, name}}, which is what MVPress writes. The position: {@code seriesPosition} (what MVPress writes),
 * {@code series_position}, {@code series_order} (Markata and others) or {@code series_index} (Pelican's series
 * plugin).
 */
public final class SeriesFrontMatter {

    public static final String SERIES = "series";
    public static final String POSITION = "seriesPosition";
    static final List<String> POSITION_KEYS = List.of(POSITION, "series_position", "series_order", "series_index");
    /** Every key read here, so the markdown reader neither keeps them as metadata nor takes them for typos. */
    public static final List<String> KEYS = List.of(SERIES, POSITION, "series_position", "series_order", "series_index");

    private SeriesFrontMatter() {
    }

    /** The series the front matter names; null when it names none (no key, null, an empty string or list). */
    public static SeriesRef series(Map<String, Object> fm) {
        Object value = fm.get(SERIES);
        if (value instanceof List<?> list) {
            if (list.size() > 1) {
                throw ProblemException.invalid(SERIES, "a post is in one series at most; this lists " + list.size());
            }
            value = list.isEmpty() ? null : list.get(0);
            if (value instanceof List) {
                throw ProblemException.invalid(SERIES, "must be a series name, a list of one name, or {slug, name}");
            }
        }
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!"slug".equals(key) && !"name".equals(key)) {
                    throw ProblemException.invalid(SERIES, "a series mapping has slug and name only, not '" + key + "'");
                }
            }
            String slug = scalar(map.get("slug"), SERIES + ".slug");
            String name = scalar(map.get("name"), SERIES + ".name");
            return slug == null && name == null ? null : new SeriesRef(slug, name);
        }
        String name = scalar(value, SERIES);
        return name.isBlank() ? null : SeriesRef.of(name.strip());
    }

    /** The post's number in its series, under the first position key present; null when none is. */
    public static Integer position(Map<String, Object> fm) {
        for (String key : POSITION_KEYS) {
            Object value = fm.get(key);
            if (value == null) {
                continue;
            }
            long number;
            if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
                number = ((Number) value).longValue();
                if (value instanceof BigInteger big && big.bitLength() > 62) {
                    number = Long.MAX_VALUE;
                }
            } else if (value instanceof String s && s.strip().matches("[0-9]{1,9}")) {
                number = Long.parseLong(s.strip());
            } else {
                throw ProblemException.invalid(key, "must be a whole number from 1 to " + SeriesService.MAX_POSITION);
            }
            if (number < 1 || number > SeriesService.MAX_POSITION) {
                throw ProblemException.invalid(key, "must be from 1 to " + SeriesService.MAX_POSITION);
            }
            return (int) number;
        }
        return null;
    }

    /** Writes the post's series as MVPress reads it back unchanged: {@code series: {slug, name}}, {@code seriesPosition}. */
    public static void write(Post post, Map<String, Object> fm) {
        if (post.series == null) {
            return;
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("slug", post.series.slug);
        series.put("name", post.series.name);
        fm.put(SERIES, series);
        if (post.seriesPosition != null) {
            fm.put(POSITION, post.seriesPosition);
        }
    }

    private static String scalar(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw ProblemException.invalid(field, "must be a single value, not a list or mapping");
        }
        return value.toString();
    }
}
