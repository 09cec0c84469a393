package dev.mvpress.post.rest;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.MvpressConfig;
import dev.mvpress.post.Post;
import dev.mvpress.post.api.CoverImage;
import dev.mvpress.post.api.PostView;
import dev.mvpress.tag.api.TagSummary;

/** Turns post entities into the JSON frontends receive, with the public URL built from configuration. */
@ApplicationScoped
public class PostViews {

    private final MvpressConfig.Site site;

    PostViews(MvpressConfig config) {
        this.site = config.site();
    }

    public PostView of(Post post, boolean withBody, Instant now) {
        return new PostView(post.id.toString(), post.slug, post.title, post.description, post.excerpt,
                withBody ? post.markdown : null, withBody ? post.html : null,
                post.tags.stream().map(TagSummary::of).toList(),
                post.effectiveStatus(now), post.publishedAt, post.createdAt, post.updatedAt,
                post.readingTimeMinutes, post.wordCount, post.canonicalUrl,
                post.coverImageUrl == null ? null : new CoverImage(post.coverImageUrl, post.coverImageAlt),
                publicUrl(post.slug), post.metadata, post.version);
    }

    public String publicUrl(String slug) {
        String base = site.baseUrl().endsWith("/") ? site.baseUrl().substring(0, site.baseUrl().length() - 1) : site.baseUrl();
        String path = site.postPath().startsWith("/") ? site.postPath() : "/" + site.postPath();
        return base + path.replace("{slug}", slug);
    }
}
