package dev.mvpress.post;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

import dev.mvpress.MvpressConfig;

/**
 * A production start whose site base URL still points at this machine (the development default) is
 * almost always a forgotten MVPRESS_SITE_BASE_URL: every post url, feed link and logged blog
 * contribution would name localhost. Said once at start-up, like a missing admin token.
 */
@ApplicationScoped
public class SiteBaseUrlCheck {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    private final MvpressConfig config;

    SiteBaseUrlCheck(MvpressConfig config) {
        this.config = config;
    }

    void announce(@Observes StartupEvent event) {
        warning(LaunchMode.current(), config.site().baseUrl()).ifPresent(Log::warn);
    }

    /** The warning a start in this mode with this base URL logs, if any. */
    public static Optional<String> warning(LaunchMode mode, String baseUrl) {
        if (mode != LaunchMode.NORMAL) {
            return Optional.empty();
        }
        String host;
        try {
            host = URI.create(baseUrl.strip()).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host != null && !LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT)) && !host.endsWith(".localhost")) {
            return Optional.empty();
        }
        return Optional.of("MVPRESS_SITE_BASE_URL is not set to the public site (it is " + baseUrl + "): post urls,"
                + " feed links and auto-logged blog contributions point there. Set it to the frontend's base URL,"
                + " e.g. https://example.com; logged contributions follow the new value.");
    }
}
