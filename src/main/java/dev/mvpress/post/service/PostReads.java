package dev.mvpress.post.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.kernel.SqlText;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostSlugAlias;
import dev.mvpress.post.Visibility;
import dev.mvpress.site.service.SiteSettings;
import dev.mvpress.web.ProblemException;

/**
 * What readers ask of posts: one post by slug (or where an old slug leads), pages of posts by filter,
 * search and keyset cursor with totals from the tallies, and related posts. Nothing here writes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PostReads {

    private final PostQueries queries;
    private final PostCards cards;
    private final TimeSource time;
    private final SiteSettings site;

    PostReads(PostQueries queries, PostCards cards, TimeSource time, SiteSettings site) {
        this.queries = queries;
        this.cards = cards;
        this.time = time;
        this.site = site;
    }

    /** A post or page as a single read shows it: the card, and its neighbours and translations the caller may see. */
    public record Single(PostCard card, Neighbours around) {
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

    /** As {@link #findPostBySlug(PostKind, String, Visibility)}, for a post. */
    public Lookup findPostBySlug(String slug, Visibility visibility) {
        return findPostBySlug(PostKind.POST, slug, visibility);
    }

    /** Where a slug leads among posts or among pages: a page's slug is missing to the posts' routes, and back. */
    public Lookup findPostBySlug(PostKind kind, String slug, Visibility visibility) {
        if (!Slugs.valid(slug)) {
            return new Lookup.Missing();
        }
        Instant now = time.now();
        Optional<Post> post = queries.postBySlug(slug);
        if (post.isPresent()) {
            return post.get().kind == kind && visibility.shows(post.get(), now) ? new Lookup.Found(post.get())
                    : new Lookup.Missing();
        }
        Optional<PostSlugAlias> alias = PostSlugAlias.<PostSlugAlias>findByIdOptional(slug);
        if (alias.isPresent()) {
            Post target = Post.findById(alias.get().postId);
            if (target != null && target.kind == kind && visibility.shows(target, now)) {
                return new Lookup.MovedTo(target.slug);
            }
        }
        return new Lookup.Missing();
    }

    /**
     * One page of posts with their tags in a fixed number of statements whatever the page size: the
     * ids of the page, the posts of those ids with their tags, the total count (numbered pages only; read
     * with the ids for the plain listing's first pages and for a search by relevance) and the snippets
     * (searches only). With a cursor the page is found by keyset, so its cost does not
     * grow with depth. The plain listing (published posts, all or of one tag) costs the same at any
     * size: its total is read from the tallies the database keeps (V8), and the newest posts of a tag
     * come off post_tag's listing index in order.
     */
    public FoundPosts findPosts(PostQuery query, PageRequest page, Visibility visibility, PostBody body) {
        Instant now = time.now();
        StatusFilter status = effectiveStatus(query, visibility);
        SqlStatement filter = PostQueries.filter(query, status, now);
        PostSort sort = query.effectiveSort();
        if (sort == PostSort.RELEVANCE && query.q() == null) {
            throw ProblemException.invalid("sort", "relevance needs q");
        }
        if (query.after() != null && query.after().sort() != sort) {
            throw ProblemException.invalid("after", "this cursor was made for sort=" + query.after().sort()
                    + "; ask with the same sort");
        }
        Set<String> tagSet = new HashSet<>(query.tags());
        boolean listing = status == StatusFilter.PUBLISHED && query.kind() == PostKind.POST && query.from() == null
                && query.to() == null && query.q() == null && query.language() == null && tagSet.size() <= 1;
        String oneTag = listing && tagSet.size() == 1 ? tagSet.iterator().next() : null;

        // The first pages of the plain listing read their total in the same statement.
        boolean totalInRows = listing && query.after() == null;
        List<Object[]> rows = queries.rows(totalInRows ? PostQueries.listingPage(sort, filter, oneTag, now)
                : PostQueries.page(sort, filter, oneTag, query.after(), now),
                query.after() == null ? page.offset() : null, page.size() + 1);
        boolean more = rows.size() > page.size();
        List<Object[]> shown = more ? rows.subList(0, page.size()) : rows;
        List<UUID> pageIds = shown.stream().map(r -> (UUID) r[0]).toList();
        String nextCursor = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            nextCursor = new PostCursor(sort, (String) last[1], (UUID) last[0]).encode();
        }
        List<PostCard> posts = cards.byIds(pageIds, body);
        Map<UUID, String> snippets = query.q() == null || pageIds.isEmpty() ? Map.of()
                : SqlText.byId(queries.snippets(pageIds, query.q()));
        if (query.after() != null) {
            return new FoundPosts(Page.afterCursor(posts, page.size(), nextCursor), snippets);
        }
        // The plain listing's total comes from the tallies, less the posts scheduled for later (an index
        // range of the few ahead).
        // A search by relevance counts its matches in its own statement (PostQueries.SEARCH), on every row.
        // A page past the end has no row to carry the total: then it is read on its own.
        long total = (totalInRows || sort == PostSort.RELEVANCE) && !rows.isEmpty()
                ? ((Number) rows.get(0)[2]).longValue()
                : listing ? queries.listedTotal(oneTag, now) : queries.count(filter);
        return new FoundPosts(Page.of(posts, page, total, nextCursor), snippets);
    }

    /**
     * Published posts that share the most tags with this one, newer first on ties, in two statements
     * (the ranking, then the posts with their tags). Candidates are the newest
     * {@value PostQueries#RELATED_CANDIDATES_PER_TAG} published posts of each of its tags, read off the listing
     * index, so the cost is bounded however many posts a tag has; on a blog with fewer posts per tag
     * that is every post sharing a tag.
     */
    public List<PostCard> findRelatedPosts(UUID postId, int limit, PostBody body) {
        List<UUID> ids = queries.related(postId, time.now(), limit);
        return cards.byIds(ids, body);
    }

    /**
     * The posts of these ids that still exist, with their tags and HTML (as a plain GET shows them), in one
     * statement whatever the number (webhook payloads render a batch of changes with it); the caller decides
     * visibility.
     */
    public List<PostCard> findCardsByIds(List<UUID> ids) {
        return cards.byIds(ids, PostBody.HTML).stream().filter(Objects::nonNull).toList();
    }

    /** As {@link #findCardsByIds(List)}, with the body columns asked for (a series' parts are listed without). */
    public List<PostCard> findCardsByIds(List<UUID> ids, PostBody body) {
        return cards.byIds(ids, body).stream().filter(Objects::nonNull).toList();
    }

    /**
     * The post with this slug and its tags (and the body columns asked for) in one statement, when the
     * caller may see it; empty otherwise (the slug may then be an old one: see {@link #findPostBySlug}).
     */
    public Optional<PostCard> findCardBySlug(String slug, Visibility visibility, PostBody body) {
        return findCardBySlug(PostKind.POST, slug, visibility, body);
    }

    /** As {@link #findCardBySlug(String, Visibility, PostBody)}, among posts or among pages. */
    public Optional<PostCard> findCardBySlug(PostKind kind, String slug, Visibility visibility, PostBody body) {
        if (!Slugs.valid(slug)) {
            return Optional.empty();
        }
        Instant now = time.now();
        return cards.where(PostQueries.BY_SLUG, "slug", slug, body).stream()
                .filter(card -> card.kind() == kind && visibility.shows(card.status(), card.publishedAt(), now)).findFirst();
    }

    /**
     * As {@link #findCardBySlug(PostKind, String, Visibility, PostBody)} with what a single read shows around it
     * ({@link #findNeighbours}), in one statement that also reads the site's settings for this request (the post
     * page's language and JSON-LD need them): a post page is one statement, or two in a series.
     */
    public Optional<Single> findSingleBySlug(PostKind kind, String slug, Visibility visibility, PostBody body) {
        if (!Slugs.valid(slug)) {
            return Optional.empty();
        }
        Instant now = time.now();
        List<PostCards.Single> found = cards.single(body, slug, visibility.all(), now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PostCards.Single read = found.get(0);
        site.remember(read.siteJson());
        PostCard card = read.card();
        if (card.kind() != kind || !visibility.shows(card.status(), card.publishedAt(), now)) {
            return Optional.empty();
        }
        return Optional.of(new Single(card, read.around()));
    }

    /**
     * The previous and next published posts around this one, and its translations the caller may see, in one
     * statement (none of it for a preview's undated draft; no previous or next for a page).
     */
    public Neighbours findNeighbours(PostCard post, Visibility visibility) {
        if (post.publishedAt() == null && post.translationKey() == null) {
            return Neighbours.NONE;
        }
        return cards.around(post, visibility.all(), time.now());
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
}
