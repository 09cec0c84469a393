package dev.mvpress.feed;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.AvailableHints;

import dev.mvpress.kernel.SqlValues;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.Visibility;
import dev.mvpress.tag.Tag;
import dev.mvpress.tag.service.TagQueries;

/** Every statement of the feeds and the sitemap; all of them see only what the public sees. */
@ApplicationScoped
public class FeedQueries {

    /** JPQL: the tag of {@code :slug} while a published post carries it. */
    static final String PUBLIC_TAG = "select t from Tag t where t.slug = :slug and " + TagQueries.PUBLIC;

    /** JPQL: the posts with their tags, in one statement. */
    static final String WITH_TAGS = "select distinct p from Post p left join fetch p.tags where p.id in :ids";

    /** Native SQL: the post aliased {@code p} is in the sitemap at {@code :now}: public, and not noindex. */
    static final String IN_SITEMAP = Visibility.POST_SQL + " and p.noindex = false";

    /**
     * Native SQL: the sitemap's files, numbered from 0, each with its URL count, newest change, a hash of its
     * posts' ids and the key (published_at, id) of its first post. The posts are numbered oldest first from 1
     * (the home page is place 0 of file 0), so publishing a post changes only the last file. One index-only scan
     * of post_sitemap_idx; the grouping is over a handful of files, not a sort of the posts.
     */
    static final String SITEMAP_FILES = "select r.n / :max as file, count(*) as urls, max(r.updated_at) as lastmod,"
            + " sum(hashtext(r.id::text)::bigint) as ids,"
            + " min(r.published_at) filter (where r.n = greatest(1, r.n / :max * :max)) as first_published,"
            + " min(r.id::text) filter (where r.n = greatest(1, r.n / :max * :max)) as first_id"
            + " from (select p.id, p.published_at, p.updated_at,"
            + " row_number() over (order by p.published_at, p.id) as n"
            + " from post p where " + IN_SITEMAP + ") r group by 1 order by 1";

    /**
     * Native SQL: one sitemap file's posts from the key {@code (:published, :id)} on, oldest first, at most
     * {@code :urls}: slug, last change, kind, and the hreflang alternates of its text ("language kind slug" of
     * each translation in the sitemap, joined by '|', when it has at least two; a null language is the site's).
     * A range scan of post_sitemap_idx, and one lookup of post_translation_idx per translated post.
     */
    static final String SITEMAP_FILE = "select p.slug, p.updated_at, p.kind,"
            + " case when p.translation_key is null then null else (select case when count(*) > 1 then"
            + " string_agg(coalesce(t.language, '') || ' ' || t.kind || ' ' || t.slug, '|' order by t.published_at desc, t.id)"
            + " end from post t where t.translation_key = p.translation_key and " + Visibility.postSql("t", "now")
            + " and t.noindex = false) end as alternates"
            + " from post p where " + IN_SITEMAP + " and (p.published_at, p.id) >= (:published, :id)"
            + " order by p.published_at, p.id limit :urls";

    /** Rows a sitemap file's cursor fetches at a time. */
    static final int FETCH_SIZE = 500;

    /** One file of the sitemap, as {@link #SITEMAP_FILES} summarises it. */
    record SitemapFile(int number, int urls, Instant lastModified, long ids, Instant firstPublished, UUID firstId) {
    }

    /** One post of a sitemap file: alternates is null or "language kind slug" entries joined by '|'. */
    record SitemapUrl(String slug, Instant lastModified, PostKind kind, String alternates) {
    }

    private final EntityManager em;

    FeedQueries(EntityManager em) {
        this.em = em;
    }

    /** JPQL: the ids of the newest published posts, of the tag {@code :tag} when {@code byTag}. */
    static String latestStatement(boolean byTag) {
        return "select p.id from Post p" + (byTag ? " join p.tags t where t = :tag and " : " where ")
                + Visibility.POST_JPQL + " and p.kind = :kind order by p.publishedAt desc, p.id desc";
    }

    Optional<Tag> publicTag(String slug, Instant now) {
        return Visibility.bind(em.createQuery(PUBLIC_TAG, Tag.class), now)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    List<UUID> latestIds(Optional<Tag> tag, int limit, Instant now) {
        TypedQuery<UUID> query = Visibility.bind(em.createQuery(latestStatement(tag.isPresent()), UUID.class), now)
                .setParameter("kind", PostKind.POST).setMaxResults(limit);
        tag.ifPresent(t -> query.setParameter("tag", t));
        return query.getResultList();
    }

    /**
     * A fetch join yields one row per tag, and PostgreSQL may return a post's rows apart: a stream hands
     * the post back once per row, a list is deduplicated by Hibernate (callers still merge by id).
     */
    List<Post> withTags(List<UUID> ids) {
        return em.createQuery(WITH_TAGS, Post.class).setParameter("ids", ids).getResultList();
    }

    /** The files of the sitemap, by number, from one statement. */
    List<SitemapFile> sitemapFiles(int maxUrls, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SITEMAP_FILES).setParameter("max", maxUrls).setParameter("now", now)
                .getResultList();
        return rows.stream().map(r -> new SitemapFile(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                SqlValues.instant(r[2]), ((Number) r[3]).longValue(), SqlValues.instant(r[4]),
                r[5] == null ? null : UUID.fromString((String) r[5]))).toList();
    }

    /**
     * Hands the posts of one sitemap file to {@code each} as the cursor reads them ({@link #FETCH_SIZE} rows at a
     * time): the file is never held in memory. The caller runs it inside a transaction, which PostgreSQL's driver
     * needs to fetch a result in parts.
     */
    void sitemapFile(SitemapFile file, int urls, Instant now, Consumer<SitemapUrl> each) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = em.createNativeQuery(SITEMAP_FILE).setParameter("now", now)
                .setParameter("published", file.firstPublished()).setParameter("id", file.firstId())
                .setParameter("urls", urls).setHint(AvailableHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(AvailableHints.HINT_READ_ONLY, true).getResultStream();
        try (rows) {
            rows.forEach(r -> each.accept(new SitemapUrl((String) r[0], SqlValues.instant(r[1]),
                    PostKind.valueOf(((String) r[2]).toUpperCase(Locale.ROOT)), (String) r[3])));
        }
    }
}
