package dev.mvpress;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything an operator can set for MVPress itself, read from {@code mvpress.*} properties or the
 * matching {@code MVPRESS_*} environment variables. Quarkus' own settings (datasource, HTTP) stay
 * under {@code quarkus.*}.
 */
@ConfigMapping(prefix = "mvpress")
public interface MvpressConfig {

    /** The bearer token that authorises writes. No default outside dev and test: unset means every write is refused. */
    Optional<String> adminToken();

    /** Largest request body accepted; larger ones get 413. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    Site site();

    Api api();

    Paging paging();

    /** The embedded PostgreSQL that dev mode starts when no datasource URL is configured. */
    DevDb devDb();

    Contributions contributions();

    Cache cache();

    Cors cors();

    Auth auth();

    Sitemap sitemap();

    /** The sitemap at /api/sitemap.xml: one file while the site fits in one, otherwise an index of numbered files. */
    interface Sitemap {
        /**
         * URLs in one sitemap file, the home page included (sitemaps.org allows at most 50,000). A site with more
         * gets a sitemap index at /api/sitemap.xml pointing at /api/sitemap-1.xml, /api/sitemap-2.xml, ...
         */
        @WithDefault("50000")
        @Min(1)
        @Max(50_000)
        int maxUrls();

        /**
         * Where the sitemap index says file n is, {@code {n}} replaced by its number, e.g.
         * https://example.com/sitemap-{n}.xml when the frontend serves /api/sitemap-{n}.xml there. Default: the
         * API's own URL of it under mvpress.api.base-url, else mvpress.site.base-url followed by /api/sitemap-{n}.xml.
         */
        Optional<String> fileUrl();
    }

    /** Where clients reach this API. */
    interface Api {
        /**
         * Public URL of the API's root, the part before {@code /api/...}, e.g. https://api.example.com. Location
         * and Link headers and the feeds' self links are built on it; unset, headers carry relative URLs and the
         * feeds leave out their self links. Never taken from the request's Host header.
         */
        Optional<String> baseUrl();
    }

    /** Slowing down guessing: failed authentications per client, counted in this instance's memory. */
    interface Auth {
        /** Failed authentications from one client address within the window before it gets 429. */
        @WithDefault("10")
        int maxFailures();

        /** How long failures are remembered, and how long a throttled client waits. */
        @WithDefault("1M")
        Duration failureWindow();

        /**
         * Addresses (IPs or CIDR blocks) of the reverse proxies in front of the API, whose
         * X-Forwarded-For entries are believed when telling clients apart. None by default: the client
         * is the connection's peer and X-Forwarded-For is ignored, since any client can send one.
         */
        Optional<List<String>> trustedProxies();
    }

    /** Cross-origin access for browser apps. */
    interface Cors {
        /** Origins whose pages may read (GET); {@code *} means any. */
        @WithDefault("*")
        List<String> readOrigins();

        /** Origins whose pages may also write (an admin app), e.g. https://admin.example.com. None by default. */
        Optional<List<String>> writeOrigins();
    }

    /** Cache-Control for anonymous reads; authenticated reads are always private, no-store. */
    interface Cache {
        /** How long a browser or CDN may serve a read without asking again. */
        @WithDefault("60S")
        Duration maxAge();

        /** How long after that it may serve the stale copy while it revalidates in the background. */
        @WithDefault("10M")
        Duration staleWhileRevalidate();
    }

    interface Contributions {
        /** Log a blog contribution when a post is published (or scheduled) for the first time. */
        @WithDefault("true")
        boolean logPublishedPosts();

        /** Technology area key of those blog contributions. */
        @WithDefault("web-development")
        String blogTechnologyArea();

        /** Target audiences of those blog contributions. */
        @WithDefault("developer")
        List<String> blogTargetAudiences();
    }

    interface Site {
        /** Public base URL of the frontend that renders posts, without a trailing slash. */
        @WithDefault("http://localhost:4321")
        String baseUrl();

        /** Path of a post's public page; {@code {slug}} is replaced by the post's slug. */
        @WithDefault("/blog/{slug}/")
        String postPath();

        /** Path of a page's public page (about, uses); {@code {slug}} is replaced by the page's slug. */
        @WithDefault("/{slug}/")
        String pagePath();

        /**
         * The site's name, for feeds. This and description, author, language and time zone are the first-start
         * defaults of the site settings (GET /api/site): once PUT /api/site has stored them, they are read from there.
         */
        @WithDefault("MVPress")
        String title();

        /** One line about the site, for feeds; a first-start default (see title). */
        @WithDefault("A developer blog")
        String description();

        /** Who writes it, for feeds (Atom requires an author). */
        @WithDefault("The author")
        String author();

        /**
         * The site's language, a BCP 47 tag such as {@code en} or {@code de-CH}. Like title, description and
         * author, a first-start default: once PUT /api/site has stored the settings, they are read from there.
         */
        @WithDefault("en")
        String language();

        /** The site's IANA time zone, such as {@code UTC} or {@code Europe/Zurich}; a first-start default as well. */
        @WithDefault("UTC")
        String timeZone();

        /** Items in each feed. */
        @WithDefault("20")
        int feedSize();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();
    }

    interface DevDb {
        /** Set to false to use your own database in dev mode (then set QUARKUS_DATASOURCE_JDBC_URL). */
        @WithDefault("true")
        boolean enabled();

        /** Loopback port of the dev server; a server already listening there is reused. */
        @WithDefault("54329")
        int port();

        /** Data directory, relative to the project; survives restarts of dev mode. */
        @WithDefault(".dev-db")
        String dir();
    }
}
