package dev.mvpress;

import java.util.Optional;

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

    Paging paging();

    interface Site {
        /** Public base URL of the frontend that renders posts, without a trailing slash. */
        @WithDefault("http://localhost:4321")
        String baseUrl();

        /** Path of a post's public page; {@code {slug}} is replaced by the post's slug. */
        @WithDefault("/blog/{slug}/")
        String postPath();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();
    }
}
