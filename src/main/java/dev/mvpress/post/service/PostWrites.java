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
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.kernel.Fields;
import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.markdown.MarkdownRenderer;
import dev.mvpress.markdown.RenderedMarkdown;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostEvents;
import dev.mvpress.post.PostRevision;
import dev.mvpress.post.PostStatus;
import dev.mvpress.post.PostUrls;
import dev.mvpress.post.api.CoverImage;
import dev.mvpress.post.api.PostInput;
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

    PostWrites(EntityManager em, PostQueries queries, TagService tags, MarkdownRenderer renderer, TimeSource time,
            InputValidator validator, ObjectMapper json, PostUrls urls, PostSlugs slugs, PostRevisions revisions,
            Event<PostEvents.FirstPublished> published, Event<PostEvents.Written> written) {
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
    }

    @Transactional
    public Post createPost(PostInput input) {
        validator.validate(input);
        Instant now = time.now();
        String slug;
        if (input.slug() != null) {
            slug = input.slug();
            slugs.claim(slug, null);
        } else {
            slug = slugs.free(Slugs.derive(input.title()));
        }
        return save(newPost(slug, now), input, now, true);
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
            slugs.claim(slug, null);
            return Upsert.created(save(newPost(slug, now), input, now, true));
        }
        return Upsert.updated(save(existing.get(), input, now, false));
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
        return Optional.of(save(post, input, now, false));
    }

    /** Writes an old revision back as a full replace; that write is itself a new revision. */
    @Transactional
    public Post restoreRevision(Post post, PostRevision revision, Consumer<Post> precondition) {
        return replacePost(post.slug, revisions.restoring(post, revision), precondition).value();
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
            return queries.deletePost(slug) > 0;
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
            return queries.postBySlug(slug);
        }
        Optional<Post> post = queries.postBySlugForUpdate(slug);
        post.ifPresent(precondition);
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
        apply(post, input, now, creating);
        if (creating) {
            post.persist();
        }
        em.flush();
        announce(post);
        revisions.record(post);
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

    static PostInput toInput(Post post, Instant now) {
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
        // A replace that leaves the markdown out keeps it, as it keeps status and publishedAt: a post's JSON
        // carries it only with include=markdown, and PUTting back a plain GET's JSON must not empty the post.
        String markdown = input.markdown() != null ? input.markdown() : creating ? "" : post.markdown;
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
}
