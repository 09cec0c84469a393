package dev.mvpress.series.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import dev.mvpress.kernel.PageRequest;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.Visibility;
import dev.mvpress.series.Series;

/**
 * Every statement about series: the list with the parts each caller may count, the parts of a series and each
 * post's place in its series (window functions over the parts, one statement whatever the number of posts), the
 * lookups by slug and name, and the lock that serializes creating one.
 */
@ApplicationScoped
public class SeriesQueries {

    /** The reading order of a series' parts: the author's numbers (unnumbered last), then date, then id. */
    static final String ORDER = "p.series_position nulls last, p.published_at nulls last, p.id";

    /**
     * Native SQL: the parts of a series the caller may see ({@code :now} bound for the public). Only posts are parts:
     * a page is never in a series (SeriesService#assign refuses one), and reads say so too.
     */
    static String visiblePart(Visibility visibility) {
        return "p.kind = 'post'" + (visibility.all() ? "" : " and " + Visibility.POST_SQL);
    }

    /**
     * Native SQL: the place of each post of {@code :ids} in its series, counted over the parts the caller may see
     * (and the post itself, which a preview link may show to a caller who may not see it otherwise): rows of (id,
     * position, total, previous slug, previous title, next slug, next title). Posts in no series have no row.
     */
    static String places(Visibility visibility) {
        return "select x.id, x.position, x.total, x.prev_slug, x.prev_title, x.next_slug, x.next_title from ("
                + " select p.id, row_number() over w as position, count(*) over (partition by p.series_id) as total,"
                + " lag(p.slug) over w as prev_slug, lag(p.title) over w as prev_title,"
                + " lead(p.slug) over w as next_slug, lead(p.title) over w as next_title"
                // "p.series_id is not null" lets the planner use the partial index post_series_idx for the join.
                + " from post p where p.series_id is not null and p.series_id in (select q.series_id from post q"
                + " where q.id in (:ids) and q.series_id is not null) and (" + visiblePart(visibility)
                + " or p.id in (:ids))"
                + " window w as (partition by p.series_id order by " + ORDER + ")) x where x.id in (:ids)";
    }

    /** Native SQL: as {@link #places}, every part of the series {@code :series} the caller may see, in order. */
    static String parts(Visibility visibility) {
        return "select p.id, row_number() over w as position, count(*) over () as total,"
                + " lag(p.slug) over w, lag(p.title) over w, lead(p.slug) over w, lead(p.title) over w"
                + " from post p where p.series_id = :series and " + visiblePart(visibility)
                + " window w as (order by " + ORDER + ") order by position";
    }

    /** JPQL: the parts of the Series aliased {@code s} that the caller may see. */
    static String postCount(Visibility visibility) {
        return "(select count(p) from Post p where p.series = s and p.kind = :postKind"
                + (visibility.all() ? "" : " and " + Visibility.POST_JPQL) + ")";
    }

    /** JPQL: a page of the series of which the caller may see at least one part, with their counts, by name. */
    static String listStatement(Visibility visibility) {
        return "select s, " + postCount(visibility) + " from Series s where " + postCount(visibility)
                + " > 0 order by lower(s.name), s.slug";
    }

    /** JPQL: how many series {@link #listStatement} pages through. */
    static String countStatement(Visibility visibility) {
        return "select count(s) from Series s where " + postCount(visibility) + " > 0";
    }

    /** JPQL: one series by slug with the parts the caller may see. */
    static String bySlugStatement(Visibility visibility) {
        return "select s, " + postCount(visibility) + " from Series s where s.slug = :slug";
    }

    /** Panache: series by any of the slugs ({@code ?1}) or lower-cased names ({@code ?2}). */
    static final String SLUG_OR_NAME = "slug = ?1 or lower(name) = ?2";

    static final String SLUG = "slug";

    /** Native SQL: a transaction lock on a key ({@code series-slug:<slug>}). */
    static final String ADVISORY_LOCK = "select pg_advisory_xact_lock(hashtext(:key))";

    private final EntityManager em;

    SeriesQueries(EntityManager em) {
        this.em = em;
    }

    private static <Q extends Query> Q bind(Q query, Visibility visibility, Instant now) {
        query.setParameter("postKind", PostKind.POST);
        return visibility.all() ? query : Visibility.bind(query, now);
    }

    /** Rows of (Series, visible parts). */
    List<Object[]> page(PageRequest page, Visibility visibility, Instant now) {
        return bind(em.createQuery(listStatement(visibility), Object[].class), visibility, now)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    long count(Visibility visibility, Instant now) {
        return bind(em.createQuery(countStatement(visibility), Long.class), visibility, now).getSingleResult();
    }

    /** The row of (Series, visible parts) of the slug, if there is such a series. */
    Optional<Object[]> bySlugWithCount(String slug, Visibility visibility, Instant now) {
        return bind(em.createQuery(bySlugStatement(visibility), Object[].class), visibility, now)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Rows of {@link #places}. */
    @SuppressWarnings("unchecked")
    List<Object[]> places(Collection<?> ids, Visibility visibility, Instant now) {
        Query query = em.createNativeQuery(places(visibility)).setParameter("ids", ids);
        if (!visibility.all()) {
            query.setParameter("now", now);
        }
        return query.getResultList();
    }

    /** Rows of {@link #parts}. */
    @SuppressWarnings("unchecked")
    List<Object[]> parts(Series series, Visibility visibility, Instant now) {
        Query query = em.createNativeQuery(parts(visibility)).setParameter("series", series.id);
        if (!visibility.all()) {
            query.setParameter("now", now);
        }
        return query.getResultList();
    }

    static Optional<Series> bySlug(String slug) {
        return Series.<Series>find(SLUG, slug).firstResultOptional();
    }

    /** The series of the slug, its row locked until the transaction ends. */
    static Optional<Series> bySlugForUpdate(String slug) {
        return Series.<Series>find(SLUG, slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The series with this slug or, regardless of case, this (lower-cased) name; by slug first. */
    static Optional<Series> bySlugOrName(String slug, String lowerName) {
        List<Series> found = Series.list(SLUG_OR_NAME, slug, lowerName == null ? "" : lowerName);
        return found.stream().filter(s -> s.slug.equals(slug)).findFirst().or(() -> found.stream().findFirst());
    }

    /** Waits for any other transaction creating a series with this slug. */
    void lockSlug(String slug) {
        em.createNativeQuery(ADVISORY_LOCK).setParameter("key", "series-slug:" + slug).getSingleResult();
    }
}
