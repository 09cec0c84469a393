package dev.mvpress.series.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Visibility;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.rest.PostViews;
import dev.mvpress.post.service.PostBody;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.series.Series;
import dev.mvpress.series.api.PostSeries;
import dev.mvpress.series.api.SeriesDetail;
import dev.mvpress.series.service.SeriesNav;
import dev.mvpress.series.service.SeriesService;

/**
 * A series with its parts, as the caller sees it, in three statements whatever the number of parts: the series
 * with its count, the parts with their places (window functions), the parts' cards with their tags.
 */
@ApplicationScoped
public class SeriesViews {

    private final SeriesService service;
    private final SeriesNav nav;
    private final PostReads posts;
    private final PostViews postViews;
    private final TimeSource time;

    SeriesViews(SeriesService service, SeriesNav nav, PostReads posts, PostViews postViews, TimeSource time) {
        this.service = service;
        this.nav = nav;
        this.posts = posts;
        this.postViews = postViews;
        this.time = time;
    }

    /** The series of the slug with the parts the caller may see; empty when they may see none. */
    public Optional<SeriesDetail> detail(String slug, Visibility visibility) {
        return service.findCountedBySlug(slug, visibility).map(counted -> detail(counted.series(), visibility));
    }

    private SeriesDetail detail(Series series, Visibility visibility) {
        Map<UUID, PostSeries> parts = nav.parts(series, visibility);
        List<PostCard> cards = posts.findCardsByIds(SeriesNav.ids(parts), PostBody.NONE);
        Instant now = time.now();
        List<PostView> views = cards.stream().map(card -> postViews.of(card, now, null, parts.get(card.id()))).toList();
        return new SeriesDetail(series.slug, series.name, series.description, views.size(), views, series.createdAt,
                series.updatedAt, series.version);
    }
}
