package dev.mvpress.post.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostRevision;
import dev.mvpress.post.PostUrls;
import dev.mvpress.post.Visibility;
import dev.mvpress.post.api.CoverImage;
import dev.mvpress.post.api.PostReceipt;
import dev.mvpress.post.api.PostRevisionList;
import dev.mvpress.post.api.PostRevisionSummary;
import dev.mvpress.post.api.PostRevisionView;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.api.PreviewLink;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.post.service.PostMarkdown;
import dev.mvpress.post.service.PreviewLinks;
import dev.mvpress.series.api.PostSeries;
import dev.mvpress.series.service.SeriesNav;
import dev.mvpress.web.IfMatch;

/**
 * Turns post entities into the JSON frontends receive, with the public URL built from configuration: posts,
 * the receipt a write answers to a caller who may not read the post, revisions, and preview links.
 */
@ApplicationScoped
public class PostViews {

    private final PostUrls urls;

    @Inject
    SeriesNav seriesNav;

    PostViews(PostUrls urls) {
        this.urls = urls;
    }

    /** A whole post, body included, as it stands in the persistence context (after a write, say). */
    public PostView of(Post post, Instant now) {
        return of(PostCard.of(post), now, null);
    }

    /**
     * A post without its series navigation: its series by slug and name only (webhook payloads). Readers' views
     * come with it: {@link #of(PostCard, Instant, String, PostSeries)} with {@link #series}.
     */
    public PostView of(PostCard post, Instant now, String snippet) {
        return of(post, now, snippet,
                post.seriesSlug() == null ? null : PostSeries.named(post.seriesSlug(), post.seriesName()));
    }

    /** A post with its place in its series ({@link #series}), null when it is in none. */
    public PostView of(PostCard post, Instant now, String snippet, PostSeries series) {
        return new PostView(post.id().toString(), post.slug(), post.title(), post.description(), post.excerpt(), snippet,
                post.markdown(), post.html(), post.tags(), post.effectiveStatus(now), post.publishedAt(), post.createdAt(),
                post.updatedAt(), post.readingTimeMinutes(), post.wordCount(), post.canonicalUrl(),
                post.coverImageUrl() == null ? null : new CoverImage(post.coverImageUrl(), post.coverImageAlt()),
                urls.publicUrl(post.slug()), post.metadata(), post.version(), series, post.seriesPosition());
    }

    /** The place of each of these posts in its series as the caller sees it, by id: one statement, none if no series. */
    public Map<UUID, PostSeries> series(List<PostCard> posts, Visibility visibility) {
        return seriesNav.of(posts, visibility);
    }

    /** A whole post with its place in its series as this caller sees it. */
    public PostView of(Post post, Instant now, Visibility visibility) {
        PostCard card = PostCard.of(post);
        return of(card, now, null, seriesNav.of(card, visibility).orElse(null));
    }

    /**
     * What a write answers: the whole post when the caller may read it (it is published, or the caller
     * has drafts:read), otherwise only what identifies the post.
     */
    public Object written(Post post, Visibility visibility, Instant now) {
        if (visibility.shows(post, now)) {
            return of(post, now, visibility);
        }
        return new PostReceipt(post.slug, post.effectiveStatus(now), post.version);
    }

    /** A post's history, newest first, as its revisions were read. */
    public PostRevisionList revisions(List<PostRevision> revisions) {
        return new PostRevisionList(revisions.stream().map(r -> new PostRevisionSummary(r.number, r.postVersion, r.author,
                r.createdAt, (String) r.snapshot.get("title"), (String) r.snapshot.get("status"))).toList());
    }

    public PostRevisionView of(PostRevision r) {
        return new PostRevisionView(r.number, r.postVersion, r.author, r.createdAt, r.snapshot);
    }

    /** A preview link as its creator sees it: {@code url} through this API, {@code previewUrl} on the frontend. */
    public PreviewLink previewLink(PreviewLinks.Issued link, String url, String previewUrl) {
        return new PreviewLink(link.token(), link.expiresAt(),
                new PreviewLink.PreviewLinkPost(link.postId().toString(), link.slug()), url, previewUrl);
    }

    /** If-Match may carry the ETag of either representation the author can GET: JSON or markdown. */
    Consumer<Post> ifMatch(HttpHeaders headers, ObjectMapper json, TimeSource time) {
        return ifMatch(headers, json, time, Visibility.ALL);
    }

    /** As {@link #ifMatch(HttpHeaders, ObjectMapper, TimeSource)}, the JSON as this caller GETs it (its series navigation). */
    Consumer<Post> ifMatch(HttpHeaders headers, ObjectMapper json, TimeSource time, Visibility visibility) {
        return IfMatch.from(headers, json, post -> {
            Instant now = time.now();
            return List.of(of(post, now, visibility), PostMarkdown.write(post, now));
        });
    }
}
