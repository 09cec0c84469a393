package dev.mvpress.contribution.importer;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where GitHub's API and Sessionize are: mvpress.import.github.base-url and
 * mvpress.import.sessionize.base-url, without a trailing slash. A bean of its own so that a test can
 * point an import at a server on 127.0.0.1 whose port it learns only when it starts.
 */
@ApplicationScoped
public class SourceEndpoints {

    private final ImportConfig config;

    SourceEndpoints(ImportConfig config) {
        this.config = config;
    }

    public String github() {
        return trimmed(config.github().baseUrl());
    }

    public String sessionize() {
        return trimmed(config.sessionize().baseUrl());
    }

    protected static String trimmed(String url) {
        return url.strip().replaceAll("/+$", "");
    }
}
