package dev.mvpress.post.rest;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
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
import dev.mvpress.post.service.PostBody;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.post.service.PostMarkdown;
import dev.mvpress.post.service.PreviewLinks;
import dev.mvpress.web.IfMatch;

/**
 * Turns post entities into the JSON frontends receive, with the public URL built from configuration: posts,
 * the receipt a write answers to a caller who may not read the post, revisions, and preview links.
 */
@ApplicationScoped
public class PostViews {

    private final PostUrls urls;

    PostViews(PostUrls urls) {
        this.urls = urls;
    }

    /**
     * A post as it stands in the persistence context (after a write, say), as a plain GET shows it: with its
     * HTML, without its markdown.
     */
    public PostView of(Post post, Instant now) {
        return of(post, now, PostBody.HTML);
    }

    /** As {@link #of(Post, Instant)}, with the body columns given, exactly as a read of those columns shows it. */
    public PostView of(Post post, Instant now, PostBody body) {
        return view(PostCard.of(post), now, null, body.markdown() ? post.markdown : null, body.html() ? post.html : null);
    }

    /** A post as read, with the body columns that were read. */
    public PostView of(PostCard post, Instant now, String snippet) {
        return view(post, now, snippet, post.markdown(), post.html());
    }

    private PostView view(PostCard post, Instant now, String snippet, String markdown, String html) {
        return new PostView(post.id().toString(), post.slug(), post.title(), post.description(), post.excerpt(), snippet,
                markdown, html, post.tags(), post.effectiveStatus(now), post.publishedAt(), post.createdAt(),
                post.updatedAt(), post.readingTimeMinutes(), post.wordCount(), post.canonicalUrl(),
                post.coverImageUrl() == null ? null : new CoverImage(post.coverImageUrl(), post.coverImageAlt()),
                urls.publicUrl(post.slug()), post.metadata(), post.version());
    }

    /**
     * What a write answers: the whole post when the caller may read it (it is published, or the caller
     * has drafts:read), otherwise only what identifies the post.
     */
    public Object written(Post post, Visibility visibility, Instant now, PostBody body) {
        if (visibility.shows(post, now)) {
            return of(post, now, body);
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

    /**
     * If-Match may carry the ETag of any whole representation the author can GET: the JSON (as a plain GET
     * answers it, or with {@code include=markdown}) or the markdown document. A {@code fields=} subset is not
     * the resource, so its ETag does not match.
     */
    Consumer<Post> ifMatch(HttpHeaders headers, ObjectMapper json, TimeSource time) {
        return IfMatch.from(headers, json, post -> {
            Instant now = time.now();
            return List.of(of(post, now, PostBody.HTML), of(post, now, PostBody.ALL), PostMarkdown.write(post, now));
        });
    }
}
