package dev.mvpress.contribution.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.YearRange;

/** What to import from an RSS 2.0 or Atom feed: a YouTube channel, a podcast, a blog elsewhere. */
@RegisterForReflection
@Schema(name = "FeedImportRequest")
public record FeedImportRequest(
        @NotBlank @Size(max = 2000) @HttpUrl @Schema(required = true, description = "The feed's http(s) URL",
                examples = "https://www.youtube.com/feeds/videos.xml?channel_id=UCvtT19MZW8dq5Wwfu6B0oxw") String url,
        @NotBlank @Schema(required = true, description = "A key of GET /api/contribution-types: what every item becomes",
                examples = "video") String type,
        @YearRange @Schema(description = "Only items dated on or after this day", examples = "2025-09-01") LocalDate from,
        @YearRange @Schema(description = "Only items dated on or before this day", examples = "2026-08-31") LocalDate to,
        @Schema(description = "Primary area of items whose categories map to no tag's area; else the configured one"
                + " (MVPRESS_CONTRIBUTIONS_BLOG_TECHNOLOGY_AREA)", examples = "dotnet") String technologyArea,
        @Size(min = 1, message = "at least one audience") @Schema(description = "Defaults to the configured"
                + " audiences of blog entries (MVPRESS_CONTRIBUTIONS_BLOG_TARGET_AUDIENCES)",
                examples = "[\"developer\"]") List<@NotNull TargetAudience> targetAudiences,
        @Schema(description = "One of the type's roles; the type's usual role when left out", examples = "host") String role) {
}
