package dev.mvpress.site.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.LanguageTag;
import dev.mvpress.kernel.PlainText;

/**
 * What PUT /api/site sends (and what a PATCH is merged into): the whole settings. The read-only fields of GET
 * /api/site ({@code url}, {@code updatedAt}, {@code version}) are ignored, so a fetched document can be edited and
 * sent back. Omitted {@code language} and {@code timeZone} take the configured defaults; omitted lists are empty.
 */
@RegisterForReflection
@JsonIgnoreProperties(value = {"url", "updatedAt", "version"})
@Schema(name = "SiteInput")
public record SiteInput(
        @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = "Zoë's notes") String title,
        @Size(max = 1000) @PlainText @Schema(nullable = true,
                examples = ".NET, Azure and community work, from Lisbon") String description,
        @LanguageTag @Schema(nullable = true, pattern = LanguageTag.PATTERN,
                description = "BCP 47; omitted: mvpress.site.language", examples = "de-CH") String language,
        @TimeZoneName @Schema(nullable = true, description = "IANA time zone; omitted: mvpress.site.time-zone",
                examples = "Europe/Zurich") String timeZone,
        @NotNull @Valid @Schema(required = true) SiteAuthor author,
        @Size(max = 50) List<@NotNull @Valid NavigationLink> navigation,
        @Size(max = 30) List<@NotNull @Valid SocialAccount> social) {
}
