package dev.mvpress.post;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.MvpressConfig;

/**
 * A post's public page on the frontend: the configured site base URL plus the post path pattern (the page
 * path pattern for a page).
 */
@ApplicationScoped
public class PostUrls {

    private final String base;
    private final String path;
    private final String pagePath;

    PostUrls(MvpressConfig config) {
        String baseUrl = config.site().baseUrl();
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.path = rooted(config.site().postPath());
        this.pagePath = rooted(config.site().pagePath());
    }

    private static String rooted(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    public String publicUrl(String slug) {
        return base + path(slug);
    }

    /** The public page of a post or of a page. */
    public String publicUrl(PostKind kind, String slug) {
        return kind == PostKind.PAGE ? base + pagePath.replace("{slug}", slug) : publicUrl(slug);
    }

    /** The site's home page. */
    public String home() {
        return base + "/";
    }

    /** The post's page without the site base URL, which may have changed since a URL was stored. */
    public String path(String slug) {
        return path.replace("{slug}", slug);
    }
}
