package dev.mvpress.contribution.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.PlainText;
import dev.mvpress.kernel.YearRange;

/**
 * What an author sends to log or replace an activity. Rules that depend on the catalogs (known type
 * and areas, roles and metrics the type allows) are checked by the service.
 */
@RegisterForReflection
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "version"})
@Schema(name = "ContributionInput")
public record ContributionInput(
        @NotBlank @Schema(required = true, description = "A key of GET /api/contribution-types",
                examples = "speaker-third-party-event") String type,
        @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = "Minimal APIs in .NET 9") String title,
        @Size(max = 1000) @PlainText @Schema(examples = "A 45-minute talk with live demos") String description,
        @Size(max = 1000) @PlainText @Schema(
                description = "Only for the MVP team; never shown without a token") String privateDescription,
        @NotNull @Schema(required = true, examples = "2026-03-14") @YearRange LocalDate date,
        @Schema(description = "Last day, for multi-day activities; not before date",
                examples = "2026-03-15") @YearRange LocalDate endDate,
        @Size(max = 2000) @HttpUrl @Schema(
                description = "An absolute http(s) URL with a host; no quotes, angle brackets, spaces, backslashes or control"
                        + " characters. The portal takes https only: an http URL is stored and listed in portalIssues",
                pattern = HttpUrl.PATTERN, examples = "https://sessionize.com/s/me/minimal-apis") String url,
        @NotBlank @Schema(required = true, description = "A key of GET /api/technology-areas",
                examples = "dotnet") String technologyArea,
        @Size(max = 2, message = "at most 2 additional areas") @Schema(
                description = "At most 2, distinct, not the primary area") List<@NotBlank String> additionalTechnologyAreas,
        @NotNull @Size(min = 1, message = "at least one audience") @Schema(required = true,
                examples = "[\"developer\"]") List<@NotNull TargetAudience> targetAudiences,
        @Schema(description = "A role of the type, by key (\"co-author\") or by the portal's name (\"Co-Author\");"
                + " the type's first role when left out", examples = "author") String role,
        @Min(0) @Schema(description = "Defaults to 1", examples = "1") Integer quantity,
        @Min(0) @Schema(description = "Defaults to 0", examples = "120") Integer reach,
        @Schema(description = "Counts by the portal's API names, only those the type allows (its metrics): numberOfViews,"
                + " numberOfSessions, liveStreamViews, onDemandViews, inPersonAttendees, subscriberBase",
                examples = "{\"inPersonAttendees\": 120}") Map<String, @NotNull @Min(0) Long> metrics,
        @Size(max = 100) @Schema(description = "Only for types with microsoftEvents (Speaker/Presenter at Microsoft Event):"
                + " one of them", examples = "Ignite") String microsoftEvent,
        @Size(max = 200) @PlainText @Schema(description = "The event's name when microsoftEvent is Other",
                examples = "Microsoft AI Tour Copenhagen") String microsoftEventOther,
        @JsonProperty("private") @Schema(
                description = "Private entries are visible only with a token; defaults to false") Boolean isPrivate,
        @Schema(description = "Slug of the post this activity is about",
                examples = "minimal-apis-in-dotnet-9") String postSlug) {
}
