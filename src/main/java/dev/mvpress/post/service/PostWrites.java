package dev.mvpress.post.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.kernel.Fields;
import dev.mvpress.kernel.LanguageTag;
import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.markdown.Heading;
import dev.mvpress.markdown.MarkdownRenderer;
import dev.mvpress.markdown.RenderedMarkdown;
import dev.mvpress.ops.OpsMetrics;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostEvents;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostRevision;
import dev.mvpress.post.PostStatus;
import dev.mvpress.post.PostUrls;
import dev.mvpress.post.api.ImageInput;
import dev.mvpress.post.api.PostInput;
import dev.mvpress.series.api.SeriesRef;
import dev.mvpress.series.service.SeriesService;
import dev.mvpress.site.service.SiteSettings;
import dev.mvpress.tag.Tag;
import dev.mvpress.tag.api.TagRef;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.ProblemException;

/**
 * Every change to a post: create, replace (or create by slug), merge patch, restore of a revision and
 * delete. All but delete go through one save path: apply the input, store, announce, record a revision.
 * Slugs come from {@link PostSlugs}, revisions are kept by {@link PostRevisions}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PostWrites {

    private final EntityManager em;
    private final PostQueries queries;
    private final TagService tags;
    private final MarkdownRenderer renderer;
    private final TimeSource time;
    private final InputValidator validator;
    private final ObjectMapper json;
    private final PostUrls urls;
    private final PostSlugs slugs;
    private final PostRevisions revisions;
    private final Event<PostEvents.FirstPublished> published;
    private final Event<PostEvents.Written> written;
    private final SiteSettings site;

    @Inject
    SeriesService series;

    @Inject
    OpsMetrics metrics;

    PostWrites(EntityManager em, PostQueries queries, TagService tags, MarkdownRenderer renderer, TimeSource time,
            InputValidator validator, ObjectMapper json, PostUrls urls, PostSlugs slugs, PostRevisions revisions,
            Event<PostEvents.FirstPublished> published, Event<PostEvents.Written> written, SiteSettings site) {
        this.em = em;
        this.queries = queries;
        this.tags = tags;
        this.renderer = renderer;
        this.time = time;
        this.validator = validator;
        this.json = json;
        this.urls = urls;
        this.slugs = slugs;
        this.revisions = revisions;
        this.published = published;
        this.written = written;
        this.site = site;
    }

    @Transactional
    public Post createPost(PostKind kind, PostInput input) {
        validator.validate(input);
        checkKind(kind, input);
        Instant now = time.now();
        String slug;
        if (input.slug() != null) {
            slug = input.slug();
            slugs.claim(slug, null);
        } else {
            slug = slugs.free(Slugs.derive(input.title()));
        }
        return save(newPost(kind, slug, now), input, now, true);
    }

    /** Full replace; creates the post when no post has the slug, so syncing a folder is idempotent. */
    @Transactional
    public Upsert<Post> replacePost(PostKind kind, String slug, PostInput input, Consumer<Post> precondition) {
        validator.validate(input);
        checkKind(kind, input);
        if (!Slugs.valid(slug)) {
            throw ProblemException.invalid("slug", Slugs.RULE);
        }
        Instant now = time.now();
        Optional<Post> existing = forWrite(slug, precondition);
        if (existing.isPresent() && existing.get().kind != kind) {
            // Before the precondition: the other kind's representation is not this route's, so its ETag is no answer.
            throw ProblemException.conflict("slug", "'" + slug + "' is a " + existing.get().kind + "'s slug; write it at"
                    + " /api/" + existing.get().kind + "s/" + slug + ", or choose another slug");
        }
        if (precondition != null) {
            existing.ifPresent(precondition);
        }
        if (existing.isEmpty()) {
            IfMatch.requireExisting(precondition);
            if (input.slug() != null && !input.slug().equals(slug)) {
                throw ProblemException.invalid("slug", "must match the path when PUT creates a post");
            }
            slugs.claim(slug, null);
            return Upsert.created(save(newPost(kind, slug, now), input, now, true));
        }
        return Upsert.updated(save(existing.get(), input, now, false));
    }

    /** JSON Merge Patch over the post's writable fields, then the same rules as a full replace. */
    @Transactional
    public Optional<Post> partialUpdatePost(PostKind kind, String slug, JsonNode patch, Consumer<Post> precondition) {
        if (!Slugs.valid(slug)) {
            return Optional.empty();
        }
        Optional<Post> existing = findForWrite(kind, slug, precondition);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        Post post = existing.get();
        Instant now = time.now();
        JsonNode current = json.valueToTree(toInput(post, now));
        PostInput input = JsonBodies.convert(json, MergePatch.apply(current, patch), PostInput.class);
        validator.validate(input);
        checkKind(kind, input);
        return Optional.of(save(post, input, now, false));
    }

    /** Writes an old revision back as a full replace; that write is itself a new revision. */
    @Transactional
    public Post restoreRevision(Post post, PostRevision revision, Consumer<Post> precondition) {
        return replacePost(post.kind, post.slug, revisions.restoring(post, revision), precondition).value();
    }

    /** The first publication (or scheduling) of a post is news for other features, once; every write is news too. */
    private void announce(Post post) {
        if (!post.contributionLogged && post.status != PostStatus.DRAFT && post.kind == PostKind.POST) {
            post.contributionLogged = true;
            published.fire(new PostEvents.FirstPublished(post, urls.publicUrl(post.slug)));
            em.flush();
        }
        written.fire(new PostEvents.Written(post));
    }

    @Transactional
    public boolean deletePost(PostKind kind, String slug, Consumer<Post> precondition) {
        if (!Slugs.valid(slug)) {
            return false;
        }
        if (precondition == null) {
            return queries.deletePost(kind, slug) > 0;
        }
        Optional<Post> existing = findForWrite(kind, slug, precondition);
        existing.ifPresent(Post::delete);
        return existing.isPresent();
    }

    /**
     * The post or page a write changes. With a precondition (If-Match) the row is locked for update, so that a
     * concurrent writer with the same ETag waits for this one and then fails the precondition.
     */
    private Optional<Post> forWrite(String slug, Consumer<Post> precondition) {
        return precondition == null ? queries.postBySlug(slug) : queries.postBySlugForUpdate(slug);
    }

    /**
     * As {@link #forWrite}, of this kind only, with the precondition checked on it: a page's slug is not found by
     * the posts' routes (and back), and its precondition is not even checked there.
     */
    private Optional<Post> findForWrite(PostKind kind, String slug, Consumer<Post> precondition) {
        Optional<Post> post = forWrite(slug, precondition).filter(p -> p.kind == kind);
        if (precondition != null) {
            post.ifPresent(precondition);
        }
        return post;
    }

    /**
     * The one save path of every write: copy the input onto the post (a rename first when it is not
     * new), store it, announce it and keep the result as a revision.
     */
    private Post save(Post post, PostInput input, Instant now, boolean creating) {
        if (!creating) {
            slugs.rename(post, input.slug());
        }
        boolean wasPublic = !creating && post.effectiveStatus(now) == PostStatus.PUBLISHED;
        apply(post, input, now, creating);
        if (!wasPublic && post.effectiveStatus(now) == PostStatus.PUBLISHED) {
            metrics.postPublished(post.kind);
        }
        if (creating) {
            post.persist();
        }
        em.flush();
        announce(post);
        revisions.record(post);
        return post;
    }

    private Post newPost(PostKind kind, String slug, Instant now) {
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.kind = kind;
        post.slug = slug;
        post.createdAt = now;
        post.updatedAt = now;
        post.status = PostStatus.DRAFT;
        return post;
    }

    static PostInput toInput(Post post, Instant now) {
        PostCard card = PostCard.of(post);
        return new PostInput(post.slug, post.title, post.description, post.markdown,
                post.tags.stream().map(t -> new TagRef(t.slug, null)).toList(),
                post.effectiveStatus(now), post.publishedAt, post.canonicalUrl, card.coverImage(), post.metadata,
                post.kind, post.language, post.translationKey, post.metaTitle, post.metaDescription, card.ogImage(),
                post.noindex, post.series == null ? null : new SeriesRef(post.series.slug, post.series.name),
                post.seriesPosition);
    }

    /** A kind in the input must be the route's; a page has no tags (tags list posts). */
    private static void checkKind(PostKind kind, PostInput input) {
        if (input.kind() != null && input.kind() != kind) {
            throw ProblemException.invalid("kind", "is " + input.kind() + ", but this route writes " + kind + "s; write"
                    + " it at /api/" + input.kind() + "s");
        }
        if (kind == PostKind.PAGE && input.tags() != null && !input.tags().isEmpty()) {
            throw ProblemException.invalid("tags", "a page has no tags: tags list posts");
        }
    }

    /** Copies the input onto the post, touching only what differs so an identical write changes nothing. */
    private void apply(Post post, PostInput input, Instant now, boolean creating) {
        Fields.update(post.title, input.title().strip(), v -> post.title = v);
        Fields.update(post.description, Fields.blankToNull(input.description()), v -> post.description = v);
        // A replace that leaves the markdown out keeps it, as it keeps status and publishedAt: a post's JSON
        // carries it only with include=markdown, and PUTting back a plain GET's JSON must not empty the post.
        String markdown = input.markdown() != null ? input.markdown() : creating ? "" : post.markdown;
        Fields.update(post.markdown, markdown, v -> post.markdown = v);
        RenderedMarkdown rendered = renderer.render(post.markdown);
        Fields.update(post.html, rendered.html(), v -> post.html = v);
        Fields.update(post.bodyText, rendered.plainText(), v -> post.bodyText = v);
        Fields.update(post.excerpt, rendered.excerpt(post.description), v -> post.excerpt = v);
        List<Map<String, Object>> toc = rendered.toc().stream().map(PostWrites::tocEntry).toList();
        if (!toc.equals(post.toc)) {
            post.toc = toc;
        }
        if (post.wordCount != rendered.wordCount()) {
            post.wordCount = rendered.wordCount();
        }
        if (post.readingTimeMinutes != rendered.readingTimeMinutes()) {
            post.readingTimeMinutes = rendered.readingTimeMinutes();
        }
        Fields.update(post.canonicalUrl, Fields.blankToNull(input.canonicalUrl()), v -> post.canonicalUrl = v);
        ImageInput cover = input.coverImage();
        Fields.update(post.coverImageUrl, cover == null ? null : cover.url(), v -> post.coverImageUrl = v);
        Fields.update(post.coverImageAlt, cover == null ? null : Fields.blankToNull(cover.alt()), v -> post.coverImageAlt = v);
        Fields.update(post.coverImageWidth, cover == null ? null : cover.width(), v -> post.coverImageWidth = v);
        Fields.update(post.coverImageHeight, cover == null ? null : cover.height(), v -> post.coverImageHeight = v);
        Fields.update(post.coverImageCaption, cover == null ? null : Fields.blankToNull(cover.caption()),
                v -> post.coverImageCaption = v);
        ImageInput og = input.ogImage();
        Fields.update(post.ogImageUrl, og == null ? null : og.url(), v -> post.ogImageUrl = v);
        Fields.update(post.ogImageAlt, og == null ? null : Fields.blankToNull(og.alt()), v -> post.ogImageAlt = v);
        Fields.update(post.ogImageWidth, og == null ? null : og.width(), v -> post.ogImageWidth = v);
        Fields.update(post.ogImageHeight, og == null ? null : og.height(), v -> post.ogImageHeight = v);
        Fields.update(post.ogImageCaption, og == null ? null : Fields.blankToNull(og.caption()), v -> post.ogImageCaption = v);
        Fields.update(post.metaTitle, Fields.blankToNull(input.metaTitle()), v -> post.metaTitle = v);
        Fields.update(post.metaDescription, Fields.blankToNull(input.metaDescription()), v -> post.metaDescription = v);
        boolean noindex = Boolean.TRUE.equals(input.noindex());
        if (post.noindex != noindex) {
            post.noindex = noindex;
        }
        // A post in the site's language is stored without one, so a post read (which shows the site's) and
        // written back is unchanged, and follows the site's language should that change.
        String language = input.language() == null || input.language().isBlank() ? null
                : LanguageTag.Validator.canonical(input.language()).orElseThrow();
        if (language != null && language.equalsIgnoreCase(site.current().language())) {
            language = null;
        }
        Fields.update(post.language, language, v -> post.language = v);
        Fields.update(post.translationKey, Fields.blankToNull(input.translationKey()), v -> post.translationKey = v);
        Map<String, Object> metadata = input.metadata() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(input.metadata());
        if (!metadata.equals(post.metadata)) {
            post.metadata = metadata;
        }
        List<Tag> resolved = tags.resolveTags(input.tags());
        if (!resolved.stream().map(t -> t.id).toList().equals(post.tags.stream().map(t -> t.id).toList())) {
            post.tags = new ArrayList<>(resolved);
        }
        series.assign(post, input.series(), input.seriesPosition());
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

    private static Map<String, Object> tocEntry(Heading heading) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("level", heading.level());
        entry.put("id", heading.id());
        entry.put("text", heading.text());
        return entry;
    }
}
