package dev.mvpress.post.rest;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.post.Post;
import dev.mvpress.post.PostUrls;
import dev.mvpress.post.api.CoverImage;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.service.PostCard;

/** Turns post entities into the JSON frontends receive, with the public URL built from configuration. */
@ApplicationScoped
public class PostViews {

    private final PostUrls urls;

    PostViews(PostUrls urls) {
        this.urls = urls;
    }

    /** A whole post, body included, as it stands in the persistence context (after a write, say). */
    public PostView of(Post post, Instant now) {
        return of(PostCard.of(post), now, null);
    }

    public PostView of(PostCard post, Instant now, String snippet) {
        return new PostView(post.id().toString(), post.slug(), post.title(), post.description(), post.excerpt(), snippet,
                post.markdown(), post.html(), post.tags(), post.effectiveStatus(now), post.publishedAt(), post.createdAt(),
                post.updatedAt(), post.readingTimeMinutes(), post.wordCount(), post.canonicalUrl(),
                post.coverImageUrl() == null ? null : new CoverImage(post.coverImageUrl(), post.coverImageAlt()),
                urls.publicUrl(post.slug()), post.metadata(), post.version());
    }
}
