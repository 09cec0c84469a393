package dev.mvpress.post.service;

import java.time.Instant;
import java.util.List;

import dev.mvpress.post.PostKind;

/**
 * What a single read shows around a post: the published posts just before and after it by publication date
 * (null at either end, and for a page or an undated draft), and its translations the caller may see.
 */
public record Neighbours(Neighbour previous, Neighbour next, List<Neighbour> translations) {

    public static final Neighbours NONE = new Neighbours(null, null, List.of());

    /** Another post or page, as a link to it. */
    public record Neighbour(String slug, String title, Instant publishedAt, PostKind kind, String language) {
    }
}
