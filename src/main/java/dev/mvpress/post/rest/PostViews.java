package dev.mvpress.post.rest;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.post.Post;
import dev.mvpress.post.PostUrls;
import dev.mvpress.post.api.CoverImage;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.tag.api.TagSummary;

/** Turns post entities into the JSON frontends receive, with the public URL built from configuration. */
@ApplicationScoped
public class PostViews {

    private final PostUrls urls;

    PostViews(PostUrls urls) {
        this.urls = urls;
    }

    public PostView of(Post post, boolean withBody, Instant now) {
        return of(post, withBody, now, null);
    }

    public PostView of(Post post, boolean withBody, Instant now, String snippet) {
        return new PostView(post.id.toString(), post.slug, post.title, post.description, post.excerpt, snippet,
                withBody ? post.markdown : null, withBody ? post.html : null,
                post.tags.stream().map(TagSummary::of).toList(),
                post.effectiveStatus(now), post.publishedAt, post.createdAt, post.updatedAt,
                post.readingTimeMinutes, post.wordCount, post.canonicalUrl,
                post.coverImageUrl == null ? null : new CoverImage(post.coverImageUrl, post.coverImageAlt),
                urls.publicUrl(post.slug), post.metadata, post.version);
    }

    public PostView of(PostCard post, Instant now, String snippet) {
        return new PostView(post.id().toString(), post.slug(), post.title(), post.description(), post.excerpt(), snippet,
                post.markdown(), post.html(), post.tags(), post.effectiveStatus(now), post.publishedAt(), post.createdAt(),
                post.updatedAt(), post.readingTimeMinutes(), post.wordCount(), post.canonicalUrl(),
                post.coverImageUrl() == null ? null : new CoverImage(post.coverImageUrl(), post.coverImageAlt()),
                urls.publicUrl(post.slug()), post.metadata(), post.version());
    }
}
