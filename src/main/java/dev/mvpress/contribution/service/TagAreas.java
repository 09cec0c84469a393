package dev.mvpress.contribution.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The technology areas an entry takes from tags (a post's tags, or the tags an imported item's
 * categories match), in their order: the first mapped area is the primary one, the next distinct
 * ones are additional, at most as many as the portal takes; with no mapped tag, the fallback.
 */
public record TagAreas(String primary, List<String> additional) {

    /** The portal takes at most two additional areas. */
    public static final int MAX_ADDITIONAL = 2;

    /** {@code mapped}: each tag's area key in tag order, null for an unmapped tag. */
    public static TagAreas of(List<String> mapped, String fallback) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String area : mapped) {
            if (area != null && !area.isBlank()) {
                distinct.add(area);
            }
        }
        if (distinct.isEmpty()) {
            return new TagAreas(fallback, List.of());
        }
        List<String> areas = new ArrayList<>(distinct);
        return new TagAreas(areas.get(0), List.copyOf(areas.subList(1, Math.min(areas.size(), 1 + MAX_ADDITIONAL))));
    }
}
