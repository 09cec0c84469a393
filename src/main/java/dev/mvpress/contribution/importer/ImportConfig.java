package dev.mvpress.contribution.importer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How far an import may go, read from {@code mvpress.import.*} (or {@code MVPRESS_IMPORT_*}): every
 * import is bounded in items, bytes and time, so that a slow or hostile source costs a 502, not a hang.
 */
@ConfigMapping(prefix = "mvpress.import")
public interface ImportConfig {

    /** Items one import takes from its source at most; the answer says when the source had more. */
    @WithDefault("200")
    int maxItems();

    /** Largest response a source may send, per request (a feed, a page of GitHub results, a Sessionize event). */
    @WithDefault("10M")
    MemorySize maxResponseSize();

    /** Time to open a connection to a source. */
    @WithDefault("5S")
    Duration connectTimeout();

    /** Time for a whole import: every request it makes (GitHub pages, Sessionize events) together. */
    @WithDefault("30S")
    Duration timeout();

    /** Redirects followed per request; only to the same scheme (or from http to https). */
    @WithDefault("3")
    int maxRedirects();

    /**
     * Addresses (IPs or CIDR blocks) that sources may have although they are loopback, private or
     * link-local, e.g. a feed on the intranet. None by default: such sources are refused.
     */
    Optional<List<String>> allowedAddresses();

    Github github();

    Sessionize sessionize();

    interface Github {
        /** GitHub's REST API. */
        @WithDefault("https://api.github.com")
        String baseUrl();

        /** Owners (users or organisations) whose repositories are documentation: pull requests there are content feedback. */
        @WithDefault("MicrosoftDocs")
        List<String> docsOwners();

        /** Repository names ending with one of these (regardless of case) are documentation too, e.g. dotnet/docs. */
        @WithDefault("docs,documentation")
        List<String> docsRepoSuffixes();
    }

    interface Sessionize {
        /** Sessionize, whose public API serves each event at {base}/api/v2/{id}/view/All. */
        @WithDefault("https://sessionize.com")
        String baseUrl();
    }
}
