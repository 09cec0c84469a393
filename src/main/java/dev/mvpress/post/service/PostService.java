package dev.mvpress.post.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.markdown.MarkdownRenderer;
import dev.mvpress.markdown.RenderedMarkdown;
import dev.mvpress.markdown.Slugs;
import dev.mvpress.post.Post;
import dev.mvpress.auth.Caller;
import dev.mvpress.post.PostEvents;
import dev.mvpress.post.PostRevision;
import dev.mvpress.post.PostSlugAlias;
import dev.mvpress.post.PostUrls;
import dev.mvpress.post.PostStatus;
import dev.mvpress.post.Visibility;
import dev.mvpress.post.api.CoverImage;
import dev.mvpress.post.api.PostInput;
import dev.mvpress.tag.Tag;
import dev.mvpress.tag.api.TagRef;
import dev.mvpress.tag.api.TagSummary;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.web.Fields;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Page;
import dev.mvpress.web.PageRequest;
import dev.mvpress.web.ProblemException;
import dev.mvpress.web.SqlText;
import dev.mvpress.web.TimeSource;
import dev.mvpress.web.Upsert;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PostService {

    private final EntityManager em;
    private final TagService tags;
    private final MarkdownRenderer renderer;
    private final TimeSource time;
    private final InputValidator validator;
    private final ObjectMapper json;
    private final PostUrls urls;
    private final Event<PostEvents.FirstPublished> published;
    private final Event<PostEvents.Renamed> renamed;
    private final Event<PostEvents.Written> written;
    private final Caller caller;

    PostService(EntityManager em, TagService tags, MarkdownRenderer renderer, TimeSource time, InputValidator validator,
            ObjectMapper json, PostUrls urls, Event<PostEvents.FirstPublished> published, Event<PostEvents.Renamed> renamed,
            Caller caller, Event<PostEvents.Written> written) {
        this.written = written;
        this.caller = caller;
        this.em = em;
        this.tags = tags;
        this.renderer = renderer;
        this.time = time;
        this.validator = validator;
        this.json = json;
        this.urls = urls;
        this.published = published;
        this.renamed = renamed;
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
        List<PostCard> posts = cards(pageIds, withBody);
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
        return cards(ids, false);
    }

    /**
     * The posts of these ids, in this order, with their tags, in one statement: only the columns a
     * list shows (the bodies only when asked for), the tags aggregated per post in the same query.
     */
    private List<PostCard> cards(List<UUID> ids, boolean withBody) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PostCard> byId = new HashMap<>();
        for (PostCard card : cardsWhere("p.id in (:ids)", "ids", ids, withBody)) {
            byId.put(card.id(), card);
        }
        return ids.stream().map(byId::get).toList();
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
        return cardsWhere("p.slug = :slug", "slug", slug, withBody).stream()
                .filter(card -> visibility.shows(card.status(), card.publishedAt(), now)).findFirst();
    }

    private List<PostCard> cardsWhere(String condition, String name, Object value, boolean withBody) {
        // Plain rows, converted here: a result mapping (addScalar) would make every call a new entry in
        // Hibernate's query interpretation cache, whose lookups then slow every request.
        Query cards = em.createNativeQuery("select p.id, p.slug, p.title, p.description, p.excerpt, "
                + (withBody ? "p.markdown, p.html" : "cast(null as text), cast(null as text)")
                + ", p.status, cast(extract(epoch from p.published_at) * 1000000 as bigint),"
                + " cast(extract(epoch from p.created_at) * 1000000 as bigint),"
                + " cast(extract(epoch from p.updated_at) * 1000000 as bigint), p.reading_time_minutes, p.word_count,"
                + " p.canonical_url, p.cover_image_url, p.cover_image_alt, cast(p.metadata as text), p.version,"
                + " (select cast(coalesce(json_agg(json_build_array(t.slug, t.name) order by pt.position), '[]') as text)"
                + " from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = p.id)"
                + " from post p where " + condition);
        List<PostCard> found = new ArrayList<>();
        for (Object row : cards.setParameter(name, value).getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new PostCard((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], tagSummaries((String) r[18]), PostStatus.fromJson((String) r[7]), micros(r[8]),
                    micros(r[9]), micros(r[10]), ((Number) r[11]).intValue(), ((Number) r[12]).intValue(), (String) r[13],
                    (String) r[14], (String) r[15], metadata((String) r[16]), ((Number) r[17]).longValue()));
        }
        return found;
    }

    /** A timestamp read as microseconds since the epoch (PostgreSQL's own precision). */
    private static Instant micros(Object value) {
        if (value == null) {
            return null;
        }
        long micros = ((Number) value).longValue();
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private List<TagSummary> tagSummaries(String json) {
        try {
            List<TagSummary> tags = new ArrayList<>();
            for (JsonNode pair : this.json.readTree(json)) {
                tags.add(new TagSummary(pair.get(0).asText(), pair.get(1).asText()));
            }
            return tags;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned tags that are not JSON", e);
        }
    }

    private Map<String, Object> metadata(String json) {
        try {
            return this.json.readValue(json, METADATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned metadata that is not JSON", e);
        }
    }

    private static final TypeReference<LinkedHashMap<String, Object>> METADATA = new TypeReference<>() {
    };

    /**
     * The best passages of each post for the search, with the matches in {@code <mark>}. The text is
     * HTML-escaped first, so the marks are the only markup and a frontend may insert it as HTML.
     */
    private Map<UUID, String> snippets(List<UUID> ids, String q) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, ts_headline('english', "
                + SqlText.htmlEscaped("coalesce(p.description, '') || ' ' || p.body_text")
                + ", websearch_to_tsquery('english', :q), 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15,"
                + " MaxFragments=2, FragmentDelimiter=\" … \"') from post p where p.id in (:ids)")
                .setParameter("q", q).setParameter("ids", ids).getResultList();
        Map<UUID, String> snippets = new HashMap<>();
        for (Object[] row : rows) {
            snippets.put((UUID) row[0], (String) row[1]);
        }
        return snippets;
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

    @Transactional
    public Post createPost(PostInput input) {
        validator.validate(input);
        Instant now = time.now();
        String slug;
        if (input.slug() != null) {
            slug = input.slug();
            claimSlug(slug, null);
        } else {
            slug = freeSlug(Slugs.derive(input.title()));
        }
        Post post = newPost(slug, now);
        apply(post, input, now, true);
        post.persist();
        em.flush();
        announce(post);
        recordRevision(post);
        return post;
    }

    /** Full replace; creates the post when no post has the slug, so syncing a folder is idempotent. */
    @Transactional
    public Upsert<Post> replacePost(String slug, PostInput input, Consumer<Post> precondition) {
        validator.validate(input);
        if (!Slugs.valid(slug)) {
            throw ProblemException.invalid("slug", Slugs.RULE);
        }
        Instant now = time.now();
        Optional<Post> existing = findForWrite(slug, precondition);
        if (existing.isEmpty()) {
            IfMatch.requireExisting(precondition);
            if (input.slug() != null && !input.slug().equals(slug)) {
                throw ProblemException.invalid("slug", "must match the path when PUT creates a post");
            }
            claimSlug(slug, null);
            Post post = newPost(slug, now);
            apply(post, input, now, true);
            post.persist();
            em.flush();
            announce(post);
            recordRevision(post);
            return Upsert.created(post);
        }
        Post post = existing.get();
        rename(post, input.slug());
        apply(post, input, now, false);
        em.flush();
        announce(post);
        recordRevision(post);
        return Upsert.updated(post);
    }

    /** JSON Merge Patch over the post's writable fields, then the same rules as a full replace. */
    @Transactional
    public Optional<Post> partialUpdatePost(String slug, JsonNode patch, Consumer<Post> precondition) {
        if (!Slugs.valid(slug)) {
            return Optional.empty();
        }
        Optional<Post> existing = findForWrite(slug, precondition);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        Post post = existing.get();
        Instant now = time.now();
        JsonNode current = json.valueToTree(toInput(post, now));
        PostInput input = JsonBodies.convert(json, MergePatch.apply(current, patch), PostInput.class);
        validator.validate(input);
        rename(post, input.slug());
        apply(post, input, now, false);
        em.flush();
        announce(post);
        recordRevision(post);
        return Optional.of(post);
    }

    /** Keeps the post as this write left it, unless the write changed nothing. */
    private void recordRevision(Post post) {
        List<Object[]> latest = em.createQuery("select r.number, r.postVersion from PostRevision r where r.postId = :id"
                        + " order by r.number desc", Object[].class)
                .setParameter("id", post.id).setMaxResults(1).getResultList();
        if (!latest.isEmpty() && (Long) latest.get(0)[1] == post.version) {
            return;
        }
        int number = latest.isEmpty() ? 0 : (Integer) latest.get(0)[0];
        PostRevision revision = new PostRevision();
        revision.id = UUID.randomUUID();
        revision.postId = post.id;
        revision.number = number + 1;
        revision.postVersion = post.version;
        revision.author = caller.tokenName() == null ? "system" : caller.tokenName();
        Map<String, Object> snapshot = json.convertValue(toInput(post, time.now()),
                new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() {
                });
        // The shape a PUT takes: tags by slug, and no keys for absent values.
        snapshot.put("tags", post.tags.stream().map(t -> t.slug).toList());
        snapshot.values().removeIf(java.util.Objects::isNull);
        revision.snapshot = snapshot;
        revision.createdAt = time.now();
        revision.persist();
    }

    public List<PostRevision> findRevisions(Post post) {
        return PostRevision.list("postId = ?1 order by number desc", post.id);
    }

    public Optional<PostRevision> findRevision(Post post, int number) {
        return PostRevision.find("postId = ?1 and number = ?2", post.id, number).firstResultOptional();
    }

    /** Writes an old revision back as a full replace; that write is itself a new revision. */
    @Transactional
    public Post restoreRevision(Post post, PostRevision revision, Consumer<Post> precondition) {
        PostInput old = JsonBodies.convert(json, json.valueToTree(revision.snapshot), PostInput.class);
        PostInput input = new PostInput(post.slug, old.title(), old.description(), old.markdown(), old.tags(), old.status(),
                old.publishedAt(), old.canonicalUrl(), old.coverImage(), old.metadata());
        if (input.status() == PostStatus.SCHEDULED && input.publishedAt() != null && !input.publishedAt().isAfter(time.now())) {
            // It was scheduled then and its time has passed: restoring it publishes it at that time.
            input = new PostInput(input.slug(), input.title(), input.description(), input.markdown(), input.tags(),
                    PostStatus.PUBLISHED, input.publishedAt(), input.canonicalUrl(), input.coverImage(), input.metadata());
        }
        return replacePost(post.slug, input, precondition).value();
    }

    /** The first publication (or scheduling) of a post is news for other features, once; every write is news too. */
    private void announce(Post post) {
        if (!post.contributionLogged && post.status != PostStatus.DRAFT) {
            post.contributionLogged = true;
            published.fire(new PostEvents.FirstPublished(post, urls.publicUrl(post.slug)));
            em.flush();
        }
        written.fire(new PostEvents.Written(post));
    }

    @Transactional
    public boolean deletePost(String slug, Consumer<Post> precondition) {
        if (!Slugs.valid(slug)) {
            return false;
        }
        if (precondition == null) {
            return Post.delete("slug", slug) > 0;
        }
        Optional<Post> existing = findForWrite(slug, precondition);
        existing.ifPresent(Post::delete);
        return existing.isPresent();
    }

    /**
     * The post a write changes. With a precondition (If-Match) the row is locked for update and the
     * precondition checked on it, so a concurrent writer with the same ETag waits and then fails.
     */
    private Optional<Post> findForWrite(String slug, Consumer<Post> precondition) {
        if (precondition == null) {
            return Post.<Post> find("slug", slug).firstResultOptional();
        }
        Optional<Post> post = Post.<Post> find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        post.ifPresent(precondition);
        return post;
    }

    private Post newPost(String slug, Instant now) {
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.slug = slug;
        post.createdAt = now;
        post.updatedAt = now;
        post.status = PostStatus.DRAFT;
        return post;
    }

    private PostInput toInput(Post post, Instant now) {
        return new PostInput(post.slug, post.title, post.description, post.markdown,
                post.tags.stream().map(t -> new TagRef(t.slug, null)).toList(),
                post.effectiveStatus(now), post.publishedAt, post.canonicalUrl,
                post.coverImageUrl == null ? null : new CoverImage(post.coverImageUrl, post.coverImageAlt),
                post.metadata);
    }

    /** Copies the input onto the post, touching only what differs so an identical write changes nothing. */
    private void apply(Post post, PostInput input, Instant now, boolean creating) {
        Fields.update(post.title, input.title().strip(), v -> post.title = v);
        Fields.update(post.description, Fields.blankToNull(input.description()), v -> post.description = v);
        String markdown = input.markdown() == null ? "" : input.markdown();
        Fields.update(post.markdown, markdown, v -> post.markdown = v);
        RenderedMarkdown rendered = renderer.render(post.markdown);
        Fields.update(post.html, rendered.html(), v -> post.html = v);
        Fields.update(post.bodyText, rendered.plainText(), v -> post.bodyText = v);
        Fields.update(post.excerpt, rendered.excerpt(post.description), v -> post.excerpt = v);
        if (post.wordCount != rendered.wordCount()) {
            post.wordCount = rendered.wordCount();
        }
        if (post.readingTimeMinutes != rendered.readingTimeMinutes()) {
            post.readingTimeMinutes = rendered.readingTimeMinutes();
        }
        Fields.update(post.canonicalUrl, Fields.blankToNull(input.canonicalUrl()), v -> post.canonicalUrl = v);
        CoverImage cover = input.coverImage();
        Fields.update(post.coverImageUrl, cover == null ? null : cover.url(), v -> post.coverImageUrl = v);
        Fields.update(post.coverImageAlt, cover == null ? null : Fields.blankToNull(cover.alt()), v -> post.coverImageAlt = v);
        Map<String, Object> metadata = input.metadata() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(input.metadata());
        if (!metadata.equals(post.metadata)) {
            post.metadata = metadata;
        }
        List<Tag> resolved = tags.resolveTags(input.tags());
        if (!resolved.stream().map(t -> t.id).toList().equals(post.tags.stream().map(t -> t.id).toList())) {
            post.tags = new ArrayList<>(resolved);
        }
        applyStatus(post, input, now, creating);
    }

    /**
     * Publishing rules: a new post is a draft unless told otherwise; publishing stamps publishedAt with
     * now only when it has none; published with a future date means scheduled; scheduled needs a future
     * date. A PUT that leaves status or publishedAt out keeps them.
     */
    private static void applyStatus(Post post, PostInput input, Instant now, boolean creating) {
        PostStatus requested = input.status() != null ? input.status()
                : creating ? PostStatus.DRAFT : post.effectiveStatus(now);
        Instant publishedAt = input.publishedAt() != null ? input.publishedAt().truncatedTo(ChronoUnit.MILLIS)
                : post.publishedAt;
        PostStatus stored = requested;
        switch (requested) {
            case DRAFT -> {
            }
            case PUBLISHED -> {
                if (publishedAt == null) {
                    publishedAt = now.truncatedTo(ChronoUnit.SECONDS);
                }
                if (publishedAt.isAfter(now)) {
                    stored = PostStatus.SCHEDULED;
                }
            }
            case SCHEDULED -> {
                if (publishedAt == null) {
                    throw ProblemException.invalid("publishedAt", "a scheduled post needs a future publishedAt");
                }
                if (!publishedAt.isAfter(now)) {
                    throw ProblemException.invalid("publishedAt", "must be in the future for a scheduled post");
                }
            }
        }
        boolean sameForReaders = post.status != null
                && PostStatus.effective(post.status, post.publishedAt, now) == PostStatus.effective(stored, publishedAt, now)
                && Objects.equals(post.publishedAt, publishedAt);
        if (!sameForReaders) {
            post.status = stored;
            post.publishedAt = publishedAt;
        }
    }

    /** Changing a slug keeps the old one as an alias that redirects. */
    private void rename(Post post, String newSlug) {
        if (newSlug == null || newSlug.equals(post.slug)) {
            return;
        }
        claimSlug(newSlug, post.id);
        PostSlugAlias.persist(PostSlugAlias.of(post.slug, post.id));
        String oldUrl = urls.publicUrl(post.slug);
        post.slug = newSlug;
        renamed.fire(new PostEvents.Renamed(post, oldUrl, urls.publicUrl(newSlug)));
    }

    /** An explicit slug: a conflict when another post has it; an old alias of it gives way. */
    private void claimSlug(String slug, UUID owner) {
        lockSlug(slug);
        Optional<Post> holder = Post.<Post> find("slug", slug).firstResultOptional();
        if (holder.isPresent() && !holder.get().id.equals(owner)) {
            throw ProblemException.conflict("slug", "a post with slug '" + slug + "' already exists");
        }
        PostSlugAlias.delete("slug", slug);
    }

    /**
     * Concurrent writers of the same slug take turns until their transactions end, so the second sees
     * the first one's post: a clean 409 for an explicit slug, the next number for a derived one.
     */
    private void lockSlug(String slug) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))").setParameter("key", "post-slug:" + slug)
                .getSingleResult();
    }

    /** A derived slug never takes one in use, nor an old slug that still redirects: it gets -2, -3, ... */
    private String freeSlug(String base) {
        String root = base.isEmpty() ? "post" : base;
        if (root.length() > Slugs.MAX_LENGTH - 6) {
            root = root.substring(0, Slugs.MAX_LENGTH - 6).replaceAll("-+$", "");
        }
        lockSlug(root);
        String like = root + "-%";
        Set<String> taken = new HashSet<>(em.createQuery(
                        "select p.slug from Post p where p.slug = :root or p.slug like :like", String.class)
                .setParameter("root", root).setParameter("like", like).getResultList());
        taken.addAll(em.createQuery(
                        "select a.slug from PostSlugAlias a where a.slug = :root or a.slug like :like", String.class)
                .setParameter("root", root).setParameter("like", like).getResultList());
        if (!taken.contains(root)) {
            return root;
        }
        for (int n = 2;; n++) {
            String candidate = root + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

}
