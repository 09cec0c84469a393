package dev.mvpress.site.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.Timestamped;

/**
 * The site's settings as every feature reads them (SiteSettings#current) and GET /api/site answers them. Lists
 * are never null; {@code description}, and the author's {@code bio}, {@code avatar} and {@code url}, may be.
 */
@RegisterForReflection
@Schema(name = "Site")
public record SiteView(
        @Schema(examples = "Zoë's notes") String title,
        @Schema(nullable = true, examples = ".NET, Azure and community work, from Lisbon") String description,
        @Schema(description = "BCP 47 language tag, in canonical case: the default language of posts and feeds",
                examples = "de-CH") String language,
        @Schema(description = "IANA time zone the site shows dates in", examples = "Europe/Zurich") String timeZone,
        SiteAuthor author,
        @Schema(description = "The site's menu, in order") List<NavigationLink> navigation,
        @Schema(description = "The author's social accounts, in order") List<SocialAccount> social,
        @Schema(description = "Read-only: the frontend's base URL (MVPRESS_SITE_BASE_URL)",
                examples = "https://example.com") String url,
        @Schema(nullable = true, description = "When the settings were last written; null while the configured defaults"
                + " apply (nothing was stored yet)") Instant updatedAt,
        @Schema(description = "0 while the configured defaults apply; increases with every stored change",
                examples = "3") long version)
        implements Timestamped {
}
