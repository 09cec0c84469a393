package dev.mvpress.contribution.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.Timestamped;

/** An activity as the API returns it. Without a token, privateDescription is left out and private entries do not exist. */
@RegisterForReflection
@Schema(name = "Contribution")
public record ContributionView(
        @Schema(examples = "5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e") String id,
        @Schema(examples = "speaker-third-party-event") String type,
        @Schema(examples = "Minimal APIs in .NET 9") String title,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "Searches only: the best passage, HTML-escaped, with the matches in <mark>") String snippet,
        @Schema(nullable = true) String description,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only with a token") String privateDescription,
        LocalDate date,
        @Schema(nullable = true) LocalDate endDate,
        @Schema(nullable = true) String url,
        @Schema(examples = "dotnet") String technologyArea,
        List<String> additionalTechnologyAreas,
        List<TargetAudience> targetAudiences,
        @Schema(nullable = true, examples = "speaker") String role,
        int quantity,
        int reach,
        @Schema(description = "Counts by the portal's API names") Map<String, Long> metrics,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Speaker/Presenter at Microsoft Event only",
                examples = "Ignite") String microsoftEvent,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "The event's name when microsoftEvent is Other") String microsoftEventOther,
        @JsonProperty("private") boolean isPrivate,
        @Schema(nullable = true, description = "The post this activity is about") String postSlug,
        @Schema(description = "Logged from its post and not edited since: title, description, date and url follow the"
                + " post until the entry is changed by a write") boolean followsPost,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only with a token: the id the portal answered"
                + " when the entry was filed", examples = "298431") String portalId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "Only with a token: when the entry was marked filed in the portal") Instant filedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only with a token: changed after it was filed,"
                + " so the portal holds an older version") Boolean changedSinceFiling,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only with a token: what the portal would refuse"
                + " or ask for that the entry lacks; empty when it is ready to file") List<PortalIssue> portalIssues,
        Instant createdAt,
        Instant updatedAt,
        long version) implements Timestamped {
}
