package dev.mvpress.series.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostUrls;
import dev.mvpress.post.Visibility;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.series.Series;
import dev.mvpress.series.api.PostSeries;
import dev.mvpress.series.api.SeriesLink;

/**
 * Where posts stand in their series, as the caller sees the series: position and total over the parts the caller
 * may see, and the previous and next of those parts. One statement for any number of posts (a single post, a page
 * of a list, every part of a series), none when no post is in a series.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeriesNav {

    private final SeriesQueries queries;
    private final PostUrls urls;
    private final TimeSource time;

    SeriesNav(SeriesQueries queries, PostUrls urls, TimeSource time) {
        this.queries = queries;
        this.urls = urls;
        this.time = time;
    }

    /** The place of each of these posts that is in a series, by post id. */
    public Map<UUID, PostSeries> of(Collection<PostCard> posts, Visibility visibility) {
        Map<UUID, PostCard> inSeries = new LinkedHashMap<>();
        for (PostCard post : posts) {
            if (post != null && post.seriesSlug() != null) {
                inSeries.put(post.id(), post);
            }
        }
        if (inSeries.isEmpty()) {
            return Map.of();
        }
        Map<UUID, PostSeries> places = new HashMap<>();
        for (Object[] r : queries.places(List.copyOf(inSeries.keySet()), visibility, time.now())) {
            PostCard post = inSeries.get((UUID) r[0]);
            places.put(post.id(), place(post.seriesSlug(), post.seriesName(), r));
        }
        return places;
    }

    /** The place of one post, empty when it is in no series. */
    public Optional<PostSeries> of(PostCard post, Visibility visibility) {
        return Optional.ofNullable(of(List.of(post), visibility).get(post.id()));
    }

    /** The parts of the series the caller may see, in reading order, each with its place: post id to place. */
    public LinkedHashMap<UUID, PostSeries> parts(Series series, Visibility visibility) {
        LinkedHashMap<UUID, PostSeries> parts = new LinkedHashMap<>();
        for (Object[] r : queries.parts(series, visibility, time.now())) {
            parts.put((UUID) r[0], place(series.slug, series.name, r));
        }
        return parts;
    }

    /** A row of (id, position, total, previous slug and title, next slug and title). */
    private PostSeries place(String slug, String name, Object[] r) {
        return new PostSeries(slug, name, ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                link((String) r[3], (String) r[4]), link((String) r[5], (String) r[6]));
    }

    private SeriesLink link(String slug, String title) {
        return slug == null ? null : new SeriesLink(slug, title, urls.publicUrl(PostKind.POST, slug));
    }

    /** The ids of parts in order, for reading their cards. */
    public static List<UUID> ids(Map<UUID, PostSeries> parts) {
        return new ArrayList<>(parts.keySet());
    }
}
