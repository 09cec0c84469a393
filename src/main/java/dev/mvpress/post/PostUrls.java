package dev.mvpress.post;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.MvpressConfig;

/** A post's public page on the frontend: the configured site base URL plus the post path pattern. */
@ApplicationScoped
public class PostUrls {

    private final String base;
    private final String path;

    PostUrls(MvpressConfig config) {
        String baseUrl = config.site().baseUrl();
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.path = config.site().postPath().startsWith("/") ? config.site().postPath() : "/" + config.site().postPath();
    }

    public String publicUrl(String slug) {
        return base + path(slug);
    }

    /** The post's page without the site base URL, which may have changed since a URL was stored. */
    public String path(String slug) {
        return path.replace("{slug}", slug);
    }
}
