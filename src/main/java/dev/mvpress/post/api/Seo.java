package dev.mvpress.post.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a page's head needs, resolved: each value is the author's SEO field when set, else the post's own
 * (metaTitle, else title; metaDescription, else description, else excerpt; canonicalUrl, else url; ogImage,
 * else coverImage), so a site renders them without logic.
 */
@RegisterForReflection
@Schema(name = "Seo")
public record Seo(
        @Schema(description = "<title> and og:title", examples = "Shipping a podcast feed with a static site") String title,
        @Schema(description = "<meta name=description> and og:description",
                examples = "Episodes, enclosures and iTunes tags from markdown files") String description,
        @Schema(description = "<link rel=canonical> and og:url",
                examples = "https://example.com/blog/shipping-a-podcast-feed/") String canonicalUrl,
        @Schema(nullable = true, description = "og:image and twitter:image, with its size and alt text") Image image,
        @Schema(description = "true: <meta name=robots content=noindex>; the sitemap leaves the page out") boolean noindex,
        @Schema(description = "og:type: article for a post, website for a page", enumeration = {
                "article", "website"},
                examples = "article") String type,
        @Schema(description = "og:locale: the language with an underscore", examples = "en_US") String locale){
}
