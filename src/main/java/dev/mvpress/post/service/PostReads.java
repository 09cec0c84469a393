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
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import dev.mvpress.kernel.Slugs;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostSlugAlias;
import dev.mvpress.post.Visibility;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.web.ProblemException;
import dev.mvpress.kernel.SqlText;
import dev.mvpress.kernel.TimeSource;

/**
 * What readers ask of posts: one post by slug (or where an old slug leads), pages of posts by filter,
 * search and keyset cursor with totals from the tallies, and related posts. Nothing here writes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PostReads {

    private final EntityManager em;
    private final PostCards cards;
    private final TimeSource time;

    PostReads(EntityManager em, PostCards cards, TimeSource time) {
        this.em = em;
        this.cards = cards;
        this.time = time;
    }

    /** Where a slug leads: to a post, to the current slug of a post that used to have it, or nowhere. */
    public sealed interface Lookup {
        record Found(Post post) implements Lookup {
        }

        record MovedTo(String slug) implements Lookup {
        }

        record Missing() implements Lookup {
        }
    }

    public Lookup findPostBySlug(String slug, Visibility visibility) {
        if (!Slugs.valid(slug)) {
            return new Lookup.Missing();
        }
        Instant now = time.now();
        Optional<Post> post = Post.<Post> find("slug", slug).firstResultOptional();
        if (post.isPresent()) {
            return visibility.shows(post.get(), now) ? new Lookup.Found(post.get()) : new Lookup.Missing();
        }
        Optional<PostSlugAlias> alias = PostSlugAlias.<PostSlugAlias> findByIdOptional(slug);
        if (alias.isPresent()) {
            Post target = Post.findById(alias.get().postId);
            if (target != null && visibility.shows(target, now)) {
                return new Lookup.MovedTo(target.slug);
            }
        }
        return new Lookup.Missing();
    }

    /** The post_tally row that counts every post rather than one tag's. */
    private static final String ALL_POSTS = "00000000-0000-0000-0000-000000000000";

    /**
     * One page of posts with their tags in a fixed number of statements whatever the page size: the
     * ids of the page, the posts of those ids with their tags, the total count (numbered pages only)
     * and the snippets (searches only). With a cursor the page is found by keyset, so its cost does not
     * grow with depth. The plain listing (published posts, all or of one tag) costs the same at any
     * size: its total is read from the tallies the database keeps (V8), and the newest posts of a tag
     * come off post_tag's listing index in order.
     */
    public FoundPosts findPosts(PostQuery query, PageRequest page, Visibility visibility, boolean withBody) {
        Instant now = time.now();
        Map<String, Object> params = new HashMap<>();
        String where = where(query, visibility, now, params);
        PostSort sort = query.effectiveSort();
        if (sort == PostSort.RELEVANCE && query.q() == null) {
            throw ProblemException.invalid("sort", "relevance needs q");
        }
        if (query.after() != null && query.after().sort() != sort) {
            throw ProblemException.invalid("after", "this cursor was made for sort=" + query.after().sort()
                    + "; ask with the same sort");
        }
        Set<String> tagSet = new HashSet<>(query.tags());
        boolean listing = effectiveStatus(query, visibility) == StatusFilter.PUBLISHED && query.from() == null
                && query.to() == null && query.q() == null && tagSet.size() <= 1;
        String oneTag = listing && tagSet.size() == 1 ? tagSet.iterator().next() : null;

        String source = "post p";
        String pageWhere = where;
        Map<String, Object> pageParams = params;
        if (oneTag != null && sort == PostSort.PUBLISHED_AT_DESC) {
            source = "(select pt.post_id as id, pt.published_at from post_tag pt"
                    + " where pt.tag_id = (select t.id from tag t where t.slug = :tag) and " + Visibility.TAGGED_POST_SQL + ") p";
            pageWhere = "true";
            pageParams = new HashMap<>(Map.of("tag", oneTag, "now", now));
        }
        if (query.after() != null) {
            // Published and scheduled posts always have a publishedAt; so do posts in a date range.
            boolean dated = params.containsKey("now") || params.containsKey("from") || params.containsKey("to");
            pageWhere = pageWhere + " and " + sort.after(query.after().key() == null, dated);
            pageParams.put("cursorId", query.after().id());
            if (query.after().key() != null) {
                pageParams.put("cursorKey", query.after().key());
            }
        }
        Query ids = em.createNativeQuery("select p.id, cast(" + sort.key + " as text) from " + source + " where "
                + pageWhere + " order by " + sort.orderBy());
        pageParams.forEach(ids::setParameter);
        if (query.after() == null) {
            ids.setFirstResult(page.offset());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ids.setMaxResults(page.size() + 1).getResultList();
        boolean more = rows.size() > page.size();
        List<Object[]> shown = more ? rows.subList(0, page.size()) : rows;
        List<UUID> pageIds = shown.stream().map(r -> (UUID) r[0]).toList();
        String nextCursor = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            nextCursor = new PostCursor(sort, (String) last[1], (UUID) last[0]).encode();
        }
        List<PostCard> posts = cards.byIds(pageIds, withBody);
        Map<UUID, String> snippets = query.q() == null ? Map.of() : snippets(pageIds, query.q());
        if (query.after() != null) {
            return new FoundPosts(Page.afterCursor(posts, page.size(), nextCursor), snippets);
        }
        long total;
        if (listing) {
            // Posts not drafts, from the tally, less those scheduled for later (an index range of the few ahead).
            Query count = oneTag == null
                    ? em.createNativeQuery("select coalesce((select listed from post_tally where tag_id = '" + ALL_POSTS
                            + "'), 0) - (select count(*) from post p where " + Visibility.SCHEDULED_POST_SQL + ")")
                    : em.createNativeQuery("select coalesce((select listed from post_tally where tag_id = t.id), 0)"
                            + " - (select count(*) from post_tag pt where pt.tag_id = t.id and " + Visibility.TAGGED_SCHEDULED_POST_SQL + ")"
                            + " from tag t where t.slug = :tag").setParameter("tag", oneTag);
            List<?> counted = count.setParameter("now", now).getResultList();
            total = counted.isEmpty() ? 0 : ((Number) counted.get(0)).longValue();
        } else {
            Query count = em.createNativeQuery("select count(*) from post p where " + where);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new FoundPosts(Page.of(posts, page, total, nextCursor), snippets);
    }

    /** How many of each tag's newest posts related posts are chosen from. */
    static final int RELATED_CANDIDATES_PER_TAG = 500;

    /**
     * Published posts that share the most tags with this one, newer first on ties, in two statements
     * (the ranking, then the posts with their tags). Candidates are the newest
     * {@value #RELATED_CANDIDATES_PER_TAG} published posts of each of its tags, read off the listing
     * index, so the cost is bounded however many posts a tag has; on a blog with fewer posts per tag
     * that is every post sharing a tag.
     */
    public List<PostCard> findRelatedPosts(UUID postId, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select c.post_id from post_tag mine
                cross join lateral (
                    select pt.post_id, pt.published_at from post_tag pt
                    where pt.tag_id = mine.tag_id and %s and pt.post_id <> mine.post_id
                    order by pt.published_at desc nulls last, pt.post_id desc
                    limit %d) c
                where mine.post_id = :id
                group by c.post_id, c.published_at
                order by count(*) desc, c.published_at desc, c.post_id desc""".formatted(Visibility.TAGGED_POST_SQL,
                RELATED_CANDIDATES_PER_TAG))
                .setParameter("id", postId).setParameter("now", time.now())
                .setMaxResults(limit).getResultList();
        return cards.byIds(ids, false);
    }


    /**
     * The post with this slug and its tags (and its body, if asked for) in one statement, when the
     * caller may see it; empty otherwise (the slug may then be an old one: see {@link #findPostBySlug}).
     */
    public Optional<PostCard> findCardBySlug(String slug, Visibility visibility, boolean withBody) {
        if (!Slugs.valid(slug)) {
            return Optional.empty();
        }
        Instant now = time.now();
        return cards.where("p.slug = :slug", "slug", slug, withBody).stream()
                .filter(card -> visibility.shows(card.status(), card.publishedAt(), now)).findFirst();
    }


    /**
     * The best passages of each post for the search, with the matches in {@code <mark>}. The text is
     * HTML-escaped first, so the marks are the only markup and a frontend may insert it as HTML.
     */
    private Map<UUID, String> snippets(List<UUID> ids, String q) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, "
                + SqlText.headline("coalesce(p.description, '') || ' ' || p.body_text", 2) + " from post p where p.id in (:ids)")
                .setParameter("q", q).setParameter("ids", ids).getResultList();
        return SqlText.byId(rows);
    }

    /** The status filter that applies; null when nothing can match (drafts asked for anonymously). */
    private static StatusFilter effectiveStatus(PostQuery query, Visibility visibility) {
        StatusFilter status = query.status();
        if (!visibility.all() && status != StatusFilter.PUBLISHED) {
            // Drafts and scheduled posts do not exist for anonymous callers, not even as an empty filter.
            return status == StatusFilter.ANY ? StatusFilter.PUBLISHED : null;
        }
        return status;
    }

    private static String where(PostQuery query, Visibility visibility, Instant now, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        StatusFilter status = effectiveStatus(query, visibility);
        if (status == null) {
            return "false";
        }
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
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }
}
