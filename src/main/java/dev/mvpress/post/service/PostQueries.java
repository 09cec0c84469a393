package dev.mvpress.post.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.kernel.SqlText;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostRevision;
import dev.mvpress.post.PostSlugAlias;
import dev.mvpress.post.Visibility;
import dev.mvpress.site.service.SiteSettings;

/**
 * Every query of the post feature: the statement text in constants and small static builders, which the
 * 100,000-post plan test and the bench scripts (bench/sql, checked by BenchSqlTest) read as they are, and
 * the calls that run them for PostReads, PostCards, PostSlugs, PostRevisions and PostWrites. A few lines
 * over 300 on purpose: one class holds the feature's every statement, so there is one place to read them.
 */
@ApplicationScoped
public class PostQueries {

    /** The post_tally row that counts every post rather than one tag's. */
    static final String ALL_POSTS = "00000000-0000-0000-0000-000000000000";

    /** Where a page of posts is read from: every post... */
    public static final String POSTS = "post p";

    /** ...or the public posts of the tag {@code :tag}, newest first off post_tag's listing index. */
    public static final String TAG_LISTING = "(select pt.post_id as id, pt.published_at from post_tag pt"
            + " where pt.tag_id = (select t.id from tag t where t.slug = :tag) and " + Visibility.TAGGED_POST_SQL + ") p";

    /** The total of the plain listing: posts not drafts (pages are not counted), from the tally, less those scheduled for later. */
    public static final String LISTED_TOTAL = "select coalesce((select listed from post_tally where tag_id = '" + ALL_POSTS
            + "'), 0) - (select count(*) from post p where " + Visibility.SCHEDULED_POST_SQL + " and p.kind = 'post')";

    /** As {@link #LISTED_TOTAL}, for the tag {@code :tag}; no row when there is no such tag. */
    public static final String LISTED_TOTAL_OF_TAG = "select coalesce((select listed from post_tally where tag_id = t.id), 0)"
            + " - (select count(*) from post_tag pt where pt.tag_id = t.id and " + Visibility.TAGGED_SCHEDULED_POST_SQL + ")"
            + " from tag t where t.slug = :tag";

    /** How many of each tag's newest posts related posts are chosen from. */
    static final int RELATED_CANDIDATES_PER_TAG = 500;

    /** Posts sharing the most tags with the post {@code :id}, among its tags' newest public posts. */
    public static final String RELATED = """
            select c.post_id from post_tag mine
            cross join lateral (
                select pt.post_id, pt.published_at from post_tag pt
                where pt.tag_id = mine.tag_id and %s and pt.post_id <> mine.post_id
                order by pt.published_at desc nulls last, pt.post_id desc
                limit %d) c
            where mine.post_id = :id
            group by c.post_id, c.published_at
            order by count(*) desc, c.published_at desc, c.post_id desc""".formatted(Visibility.TAGGED_POST_SQL,
            RELATED_CANDIDATES_PER_TAG);

    /** The query {@code :q} in web-search syntax, parsed once per statement (an InitPlan), not once per row. */
    static final String TSQUERY = "(select websearch_to_tsquery('english', :q))";

    /** How many of a search's newest matches are ranked... */
    public static final int SEARCH_NEWEST = 1000;

    /**
     * ...and how many of those whose title, description or headings hold the query: the best of them by that
     * small vector's own rank (title over description over headings), then the newest.
     */
    public static final int SEARCH_HEAD = 200;

    /**
     * The page of a search by relevance, as {@code (id, rank as text, total)} rows, the total being the number
     * of matches (so that no second statement reads them again): {@code %1$s} is the filter on
     * {@code p} (it holds the match, {@code p.search @@ ...}), {@code %2$s} the seek past a cursor on
     * {@code r}. Ranking reads each ranked post's stored vector (about 11 KB for 1,500 words, out of line in
     * TOAST), so only a bounded set of candidates is ranked: the newest {@value #SEARCH_NEWEST} matches and
     * the best {@value #SEARCH_HEAD} whose small title/description/headings vector (V16, inline) matches,
     * which for a one-word query are those ts_rank puts above every body-only match. The matches are
     * read once, without their vectors (the GIN index needs no recheck); every other match follows the
     * ranked ones, newest first (a key between -1.02 and -1 from its date; ranks are positive), so the total,
     * numbered pages and cursors reach them all. Keys are float8 so that a cursor's key, printed and parsed,
     * compares equal to the row it came from (a float4 rank printed and read back as float8 does not).
     */
    static final String SEARCH = """
            with m as materialized (
                select p.id, p.published_at, case when p.search_head @@ %3$s then p.search_head end as head
                from post p where %1$s),
            c as materialized (
                select k.id, (select cast(ts_rank(p.search, %3$s) as float8) from post p where p.id = k.id) as rank from (
                    (select m.id from m where m.head is not null
                     order by ts_rank(m.head, %3$s) desc, m.published_at desc nulls last, m.id desc limit %4$d)
                    union
                    (select m.id from m order by m.published_at desc nulls last, m.id desc limit %5$d)) k)
            select r.id, cast(r.rank as text), (select count(*) from m) from (
                select c.id, c.rank from c
                union all
                select m.id, cast(-1 - (1e10 - coalesce(extract(epoch from m.published_at), -1e10)) / 1e12 as float8)
                from m where not exists (select 1 from c where c.id = m.id)) r
            where %2$s
            order by r.rank desc, r.id desc""";

    /** Characters of the body a snippet is looked for in, before the first place a query word appears and in all. */
    static final int SNIPPET_BEFORE = 700;
    static final int SNIPPET_WINDOW = 1500;

    /** Where in the body one of the query's words or stems first appears (null: nowhere), by {@code strpos}. */
    private static final String FIRST_WORD = "select min(nullif(strpos(lower(p.body_text), w), 0)) as at from ("
            + "select w from regexp_split_to_table(lower(:q), '\\W+') w where length(w) > 1"
            + " union select (regexp_matches(cast(" + TSQUERY + " as text), '''([^'']+)''', 'g'))[1]) words";

    /** The part of the body around {@code f.at}; past the body's start it begins after a space (no half word first). */
    private static final String WINDOW = "case when f.at is null then '' when f.at <= " + (SNIPPET_BEFORE + 1)
            + " then substr(p.body_text, 1, " + SNIPPET_WINDOW + ") else regexp_replace(substr(p.body_text, f.at - "
            + SNIPPET_BEFORE + ", " + SNIPPET_WINDOW + "), '^\\S*\\s', '') end";

    /**
     * The best passages of each post of {@code :ids} for the search {@code :q}, with the matches in
     * {@code <mark>}. The text is HTML-escaped first, so the marks are the only markup and a frontend may
     * insert it as HTML. {@code ts_headline} parses all the text it is given (about a millisecond for 1,500 words,
     * 20 posts a page), so it is given the description and a window of the body around the first place one of the
     * query's words or stems appears ({@link #FIRST_WORD}, no parsing); when the window holds no match (the word was
     * part of another, or only the title matched) the whole body is headlined as before.
     */
    public static final String SNIPPETS = "select p.id, case when strpos(w.h, '<mark>') > 0 then w.h else "
            + SqlText.headline("coalesce(p.description, '') || ' ' || p.body_text", 2) + " end"
            + " from post p cross join lateral (select "
            + SqlText.headline("coalesce(p.description, '') || ' ' || " + WINDOW, 2) + " as h from (" + FIRST_WORD
            + ") f) w where p.id in (:ids)";

    /*
     * The next post is read backwards off post_public_published_idx (published_at desc nulls last, id desc), which
     * gives published_at ascending with nulls first: "nulls first" (no public post has a null published_at) lets the
     * index give the order. Without it PostgreSQL sorted every newer post for each read (50 ms at 100,000 posts).
     */

    /** A post or page as a JSON array of text: slug, title, publication time in microseconds, kind, language. */
    private static final String LINK = "cast(json_build_array(n.slug, n.title,"
            + " cast(extract(epoch from n.published_at) * 1000000 as bigint), n.kind, n.language) as text)";

    /**
     * The columns a single read adds to {@link #cards}, each JSON text or null, read in the same statement: the
     * published posts just before and after a dated post (off the public listing index, one row each; none for a
     * page or an undated draft), its translations the caller may see (all of them when {@code :all}, else the public
     * ones), and the site's stored settings ({@link SiteSettings#ROW_JSON_SQL}). Parameters {@code :now} and
     * {@code :all}.
     */
    public static final String AROUND = ", case when p.kind = 'post' and p.published_at is not null then (select " + LINK
            + " from post n where n.kind = 'post' and " + Visibility.postSql("n", "now")
            + " and (n.published_at, n.id) < (p.published_at, p.id) order by n.published_at desc nulls last, n.id desc"
            + " limit 1) end"
            + ", case when p.kind = 'post' and p.published_at is not null then (select " + LINK
            + " from post n where n.kind = 'post' and " + Visibility.postSql("n", "now")
            + " and (n.published_at, n.id) > (p.published_at, p.id) order by n.published_at nulls first, n.id limit 1) end"
            + ", case when p.translation_key is not null then (select cast(json_agg(json_build_array(n.slug, n.title,"
            + " cast(extract(epoch from n.published_at) * 1000000 as bigint), n.kind, n.language)"
            + " order by n.language, n.slug) as text) from post n where n.translation_key = p.translation_key"
            + " and n.id <> p.id and (:all or " + Visibility.postSql("n", "now") + ")) end"
            + ", (" + SiteSettings.ROW_JSON_SQL + ")";

    /**
     * {@link #AROUND}'s columns (after a first constant one) for a post as the caller holds it rather than as it is
     * stored: {@code :id}, {@code :at} (its publication time, when {@code :dated}), {@code :kind} and {@code :key} (its
     * translation key, '' for none) stand for the row {@code p}, so a write's answer sees the values it has just set
     * whether or not they are flushed.
     */
    public static final String AROUND_VALUES = "select 0" + AROUND + " from (select cast(:id as uuid) as id,"
            + " case when :dated then cast(:at as timestamptz) end as published_at, cast(:kind as text) as kind,"
            + " nullif(cast(:key as text), '') as translation_key) p";

    /** Conditions for {@link #cards}: the posts of {@code :ids}, the post of {@code :slug}. */
    public static final String BY_IDS = "p.id in (:ids)";
    public static final String BY_SLUG = "p.slug = :slug";

    /** Panache: the post or alias with the slug given as the parameter. */
    static final String SLUG = "slug";

    static final String LOCK = "select pg_advisory_xact_lock(hashtext(:key))";
    static final String POST_SLUGS_LIKE = "select p.slug from Post p where p.slug = :root or p.slug like :like";
    static final String ALIAS_SLUGS_LIKE = "select a.slug from PostSlugAlias a where a.slug = :root or a.slug like :like";

    static final String LATEST_REVISION = "select r.number, r.postVersion from PostRevision r where r.postId = :id"
            + " order by r.number desc";
    static final String REVISIONS = "postId = ?1 order by number desc";
    static final String REVISION = "postId = ?1 and number = ?2";

    private final EntityManager em;

    PostQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The posts matching a condition on {@code p}, as {@link PostCard} columns with the tags aggregated in
     * the same statement; the markdown and the HTML each only when asked for.
     */
    public static String cards(PostBody body, String condition) {
        return cards(body, condition, "");
    }

    /**
     * As {@link #cards(PostBody, String)}, with the site's stored settings as JSON text in one more column (the same
     * on every row, read once: a page of posts needs them for the posts without a language of their own).
     */
    public static String cardsWithSite(PostBody body, String condition) {
        return cards(body, condition, ", (" + SiteSettings.ROW_JSON_SQL + ")");
    }

    /** As {@link #cards(PostBody, String)}, with {@link #AROUND}'s columns after the card's. */
    public static String single(PostBody body, String condition) {
        return cards(body, condition, AROUND);
    }

    private static String cards(PostBody body, String condition, String more) {
        return "select p.id, p.slug, p.title, p.description, p.excerpt, "
                + (body.markdown() ? "p.markdown" : "cast(null as text)") + ", "
                + (body.html() ? "p.html" : "cast(null as text)")
                + ", p.status, cast(extract(epoch from p.published_at) * 1000000 as bigint),"
                + " cast(extract(epoch from p.created_at) * 1000000 as bigint),"
                + " cast(extract(epoch from p.updated_at) * 1000000 as bigint), p.reading_time_minutes, p.word_count,"
                + " p.canonical_url, p.cover_image_url, p.cover_image_alt, cast(p.metadata as text), p.version,"
                + " (select cast(coalesce(json_agg(json_build_array(t.slug, t.name) order by pt.position), '[]') as text)"
                + " from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = p.id),"
                + " p.cover_image_width, p.cover_image_height, p.cover_image_caption, p.kind, p.language, p.translation_key,"
                + " p.meta_title, p.meta_description, p.og_image_url, p.og_image_alt, p.og_image_width, p.og_image_height,"
                + " p.og_image_caption, p.noindex, " + (body.html() ? "cast(p.toc as text)" : "cast(null as text)")
                + ", s.slug, s.name, p.series_position" + more
                + " from post p left join series s on s.id = p.series_id where " + condition;
    }

    /** The condition on {@code p} of a post list and its parameters; {@code status} null matches nothing. */
    public static SqlStatement filter(PostQuery query, StatusFilter status, Instant now) {
        Map<String, Object> params = new HashMap<>();
        if (status == null) {
            return new SqlStatement("false", params);
        }
        List<String> clauses = new ArrayList<>();
        switch (status) {
            case PUBLISHED -> clauses.add(Visibility.POST_SQL);
            case SCHEDULED -> clauses.add(Visibility.SCHEDULED_POST_SQL);
            case DRAFT -> clauses.add("p.status = 'draft'");
            case ANY -> {
            }
        }
        if (status == StatusFilter.PUBLISHED || status == StatusFilter.SCHEDULED) {
            params.put("now", now);
        }
        if (query.from() != null) {
            clauses.add("p.published_at >= :from");
            params.put("from", query.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (query.to() != null) {
            clauses.add("p.published_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (!query.tags().isEmpty()) {
            Set<String> slugs = new HashSet<>(query.tags());
            clauses.add("p.id in (select pt.post_id from post_tag pt join tag t on t.id = pt.tag_id where t.slug in (:tags)"
                    + " group by pt.post_id having count(distinct t.id) = :tagCount)");
            params.put("tags", slugs);
            params.put("tagCount", (long) slugs.size());
        }
        if (query.q() != null) {
            clauses.add("p.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", query.q());
        }
        clauses.add("p.kind = :kind");
        params.put("kind", query.kind().toString());
        if (query.language() != null) {
            clauses.add("(lower(p.language) = lower(:lang) or lower(p.language) like lower(:lang) || '-%'"
                    + (query.language().orUnset() ? " or p.language is null)" : ")"));
            params.put("lang", query.language().tag());
        }
        return new SqlStatement(clauses.isEmpty() ? "true" : String.join(" and ", clauses), params);
    }

    /**
     * The ids and sort keys (as text) of a page of posts matching the filter, in the sort's order: off
     * the tag's listing index when {@code oneTag} is the plain listing of one tag newest first, from the
     * cursor on by keyset when there is one; a search by relevance is {@link #SEARCH}, whose rows also carry
     * the total. The caller sets offset and limit.
     */
    public static SqlStatement page(PostSort sort, SqlStatement filter, String oneTag, PostCursor after, Instant now) {
        return page(sort, filter, oneTag, after, now, "");
    }

    /**
     * The first page of the plain listing (published posts, all or of {@code oneTag}) as {@link #page} reads it, with
     * the listing's total ({@link #LISTED_TOTAL} or {@link #LISTED_TOTAL_OF_TAG}) in a third column of every row: one
     * statement less per page. The subquery has no reference to the page's rows, so PostgreSQL runs it once.
     */
    public static SqlStatement listingPage(PostSort sort, SqlStatement filter, String oneTag, Instant now) {
        SqlStatement page = page(sort, filter, oneTag, null, now,
                ", (" + (oneTag == null ? LISTED_TOTAL : LISTED_TOTAL_OF_TAG) + ")");
        if (oneTag == null) {
            return page;
        }
        Map<String, Object> params = new HashMap<>(page.params());
        params.put("tag", oneTag);
        return new SqlStatement(page.sql(), params);
    }

    private static SqlStatement page(PostSort sort, SqlStatement filter, String oneTag, PostCursor after, Instant now,
            String more) {
        if (sort == PostSort.RELEVANCE) {
            return search(filter, after);
        }
        String source = POSTS;
        String where = filter.sql();
        Map<String, Object> params = new HashMap<>(filter.params());
        if (oneTag != null && sort == PostSort.PUBLISHED_AT_DESC) {
            source = TAG_LISTING;
            where = "true";
            params = new HashMap<>(Map.of("tag", oneTag, "now", now));
        }
        if (after != null) {
            // Published and scheduled posts always have a publishedAt; so do posts in a date range.
            Map<String, Object> given = filter.params();
            boolean dated = given.containsKey("now") || given.containsKey("from") || given.containsKey("to");
            where = where + " and " + after(sort, after.key() == null, dated);
            params.put("cursorId", after.id());
            if (after.key() != null) {
                params.put("cursorKey", after.key());
            }
        }
        return new SqlStatement("select p.id, cast(" + key(sort) + " as text)" + more + " from " + source + " where "
                + where + " order by " + orderBy(sort), params);
    }

    /** {@link #SEARCH} with the filter of a search, from the cursor on when there is one. */
    static SqlStatement search(SqlStatement filter, PostCursor after) {
        Map<String, Object> params = new HashMap<>(filter.params());
        String seek = "true";
        if (after != null) {
            seek = "(r.rank, r.id) < (cast(:cursorKey as float8), :cursorId)";
            params.put("cursorKey", after.key());
            params.put("cursorId", after.id());
        }
        return new SqlStatement(SEARCH.formatted(filter.sql(), seek, TSQUERY, SEARCH_HEAD, SEARCH_NEWEST), params);
    }

    /** The keyset column of each order but relevance's (see {@link #SEARCH}). */
    static String key(PostSort sort) {
        return switch (sort) {
            case PUBLISHED_AT_DESC, PUBLISHED_AT -> "p.published_at";
            case TITLE -> "lower(p.title)";
            case UPDATED_AT_DESC -> "p.updated_at";
            case RELEVANCE -> throw new IllegalArgumentException("a search by relevance pages through SEARCH");
        };
    }

    static String orderBy(PostSort sort) {
        String direction = sort.descending ? " desc" : " asc";
        return key(sort) + direction + (sort.nullable ? " nulls last" : "") + ", p.id" + direction;
    }

    /**
     * Rows after the cursor, in this order (nulls sort last). A row comparison on (key, id) lets
     * PostgreSQL start an index scan right at the cursor, so a page costs the same at any depth;
     * {@code keyNeverNull} is true when the rest of the query already excludes rows without a key.
     */
    static String after(PostSort sort, boolean keyIsNull, boolean keyNeverNull) {
        String key = key(sort);
        String cmp = sort.descending ? "<" : ">";
        if (keyIsNull) {
            return "(" + key + " is null and p.id " + cmp + " :cursorId)";
        }
        String type = switch (sort) {
            case TITLE -> "text";
            default -> "timestamptz";
        };
        String seek = "(" + key + ", p.id) " + cmp + " (cast(:cursorKey as " + type + "), :cursorId)";
        return sort.nullable && !keyNeverNull ? "(" + seek + " or " + key + " is null)" : seek;
    }

    /** Runs a page statement: rows of (id, key as text[, total]), from {@code offset} when given. */
    @SuppressWarnings("unchecked")
    List<Object[]> rows(SqlStatement page, Integer offset, int limit) {
        Query ids = page.bind(em.createNativeQuery(page.sql()));
        if (offset != null) {
            ids.setFirstResult(offset);
        }
        return ids.setMaxResults(limit).getResultList();
    }

    /** {@link #LISTED_TOTAL}, or {@link #LISTED_TOTAL_OF_TAG} when {@code oneTag} is given (0 for no such tag). */
    long listedTotal(String oneTag, Instant now) {
        Query count = oneTag == null ? em.createNativeQuery(LISTED_TOTAL)
                : em.createNativeQuery(LISTED_TOTAL_OF_TAG).setParameter("tag", oneTag);
        List<?> counted = count.setParameter("now", now).getResultList();
        return counted.isEmpty() ? 0 : ((Number) counted.get(0)).longValue();
    }

    /** The total of a filter that is not the plain listing. */
    long count(SqlStatement filter) {
        Query count = filter.bind(em.createNativeQuery("select count(*) from post p where " + filter.sql()));
        return ((Number) count.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    List<UUID> related(UUID postId, Instant now, int limit) {
        return em.createNativeQuery(RELATED).setParameter("id", postId).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** The row of {@link #AROUND_VALUES} for a post held in memory; {@code at} and {@code key} may be null. */
    Object[] around(UUID id, Instant at, PostKind kind, String key, boolean all, Instant now) {
        return (Object[]) em.createNativeQuery(AROUND_VALUES).setParameter("id", id).setParameter("dated", at != null)
                .setParameter("at", at == null ? Instant.EPOCH : at).setParameter("kind", kind.toString())
                .setParameter("key", key == null ? "" : key).setParameter("all", all).setParameter("now", now)
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    List<Object[]> snippets(List<UUID> ids, String q) {
        return em.createNativeQuery(SNIPPETS).setParameter("q", q).setParameter("ids", ids).getResultList();
    }

    /** Rows of {@link #single} for the post or page with this slug. */
    @SuppressWarnings("unchecked")
    List<Object[]> single(PostBody body, String slug, boolean all, Instant now) {
        return em.createNativeQuery(single(body, BY_SLUG)).setParameter("slug", slug).setParameter("all", all)
                .setParameter("now", now).getResultList();
    }

    /** Rows of {@link #cards} for a condition with one named parameter. */
    @SuppressWarnings("unchecked")
    List<Object[]> cards(PostBody body, String condition, String name, Object value) {
        return em.createNativeQuery(cards(body, condition)).setParameter(name, value).getResultList();
    }

    /** Rows of {@link #cardsWithSite} for a condition with one named parameter. */
    @SuppressWarnings("unchecked")
    List<Object[]> cardsWithSite(PostBody body, String condition, String name, Object value) {
        return em.createNativeQuery(cardsWithSite(body, condition)).setParameter(name, value).getResultList();
    }

    Optional<Post> postBySlug(String slug) {
        return Post.<Post>find(SLUG, slug).firstResultOptional();
    }

    /** The post with this slug, its row locked for update until the transaction ends. */
    Optional<Post> postBySlugForUpdate(String slug) {
        return Post.<Post>find(SLUG, slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    long deletePost(PostKind kind, String slug) {
        return Post.delete("slug = ?1 and kind = ?2", slug, kind);
    }

    void deleteAlias(String slug) {
        PostSlugAlias.delete(SLUG, slug);
    }

    /** A transaction-scoped advisory lock on this key: holders of the same key take turns. */
    void lock(String key) {
        em.createNativeQuery(LOCK).setParameter("key", key).getSingleResult();
    }

    /** The slugs of posts, then of old slugs that still redirect, that are {@code root} or match {@code like}. */
    Set<String> slugsTaken(String root, String like) {
        Set<String> taken = new HashSet<>();
        for (String jpql : List.of(POST_SLUGS_LIKE, ALIAS_SLUGS_LIKE)) {
            taken.addAll(em.createQuery(jpql, String.class).setParameter("root", root).setParameter("like", like)
                    .getResultList());
        }
        return taken;
    }

    /** The number and post version of the post's latest revision: no row or one. */
    List<Object[]> latestRevision(UUID postId) {
        return em.createQuery(LATEST_REVISION, Object[].class).setParameter("id", postId).setMaxResults(1).getResultList();
    }

    List<PostRevision> revisions(UUID postId) {
        return PostRevision.list(REVISIONS, postId);
    }

    Optional<PostRevision> revision(UUID postId, int number) {
        return PostRevision.find(REVISION, postId, number).firstResultOptional();
    }
}
