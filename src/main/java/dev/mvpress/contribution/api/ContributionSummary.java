package dev.mvpress.contribution.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A period of activity at a glance, the way the MVP portal counts it: totals, and the same figures by type,
 * by technology area and by month, each with the sums of the portal's counts; for the author, the entries
 * the portal would refuse or ask more of.
 */
@RegisterForReflection
@Schema(name = "ContributionSummary")
public record ContributionSummary(
        @Schema(description = "First day of the period, inclusive (the same as window.from)",
                examples = "2025-11-28") LocalDate from,
        @Schema(description = "Last day of the period, inclusive (the same as window.to)",
                examples = "2026-11-27") LocalDate to,
        Window window,
        Figures totals,
        @Schema(description = "Types with at least one entry, most entries first") List<Group> byType,
        @Schema(description = "Primary technology areas with at least one entry, most entries first") List<Group> byTechnologyArea,
        @Schema(description = "Every month of the period, oldest first, including empty ones") List<Month> byMonth,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only with a token that reads private fields:"
                + " how many entries of the period the portal would refuse or ask more of") Integer needsAttentionTotal,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only with a token that reads private fields:"
                + " the entries of the period the portal would refuse or ask more of (a description, an audience, a"
                + " count the type asks for, the Microsoft event, an https URL, names the portal no longer knows),"
                + " oldest first, at most " + ContributionSummary.NEEDS_ATTENTION_LIMIT
                + "; needsAttentionTotal says how many in all") List<Attention> needsAttention) {

    /**
     * The longest needsAttention list: the summary is a glance that dashboards fetch, so its size must not grow
     * with the log; the largest page of the API. Each entry's portalIssues (lists, export) gives the rest.
     */
    public static final int NEEDS_ATTENTION_LIMIT = 100;

    /** The same summary with the author's list of entries to fix. */
    public ContributionSummary withNeedsAttention(int total, List<Attention> entries) {
        return new ContributionSummary(from, to, window, totals, byType, byTechnologyArea, byMonth, total, entries);
    }

    @RegisterForReflection
    @Schema(name = "ContributionWindow", description = "The period summed up. The nomination form asks for about a"
            + " year of activity and the portal's wizard refuses dates before a cut-off that is not known here, so the"
            + " default is the last 12 months up to today (UTC); a nominee who knows the cut-off passes it as from.")
    public record Window(
            @Schema(description = "First day, inclusive", examples = "2025-11-28") LocalDate from,
            @Schema(description = "Last day, inclusive", examples = "2026-11-27") LocalDate to,
            @JsonProperty("default") @Schema(description = "True when neither from nor to was given: the last 12 months"
                    + " up to today (UTC). Given one end only, the period is the 12 months from or up to it.") boolean isDefault) {
    }

    @RegisterForReflection
    @Schema(name = "ContributionFigures")
    public record Figures(
            @Schema(description = "Entries", examples = "42") long count,
            @Schema(description = "Sum of quantity", examples = "57") long quantity,
            @Schema(description = "Sum of reach", examples = "12800") long reach,
            @Schema(description = COUNTS) Map<String, Long> counts) {
    }

    @RegisterForReflection
    @Schema(name = "ContributionGroup")
    public record Group(
            @Schema(examples = "blog") String key,
            @Schema(examples = "Blog") String name,
            long count, long quantity, long reach,
            @Schema(description = COUNTS) Map<String, Long> counts) {
    }

    @RegisterForReflection
    @Schema(name = "ContributionMonth")
    public record Month(
            @Schema(description = "YYYY-MM", examples = "2026-03") String month,
            long count, long quantity, long reach,
            @Schema(description = COUNTS) Map<String, Long> counts) {
    }

    /** An entry the portal would refuse or ask more of, with what. */
    @RegisterForReflection
    @Schema(name = "ContributionNeedingAttention")
    public record Attention(
            @Schema(examples = "5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e") String id,
            @Schema(examples = "Minimal APIs in .NET 9") String title,
            LocalDate date,
            @Schema(examples = "speaker-third-party-event") String type,
            @Schema(description = "What the portal would refuse or ask for, by field") List<PortalIssue> issues) {
    }

    /** The description of every counts map. */
    static final String COUNTS = "Sums of the portal's counts by their API names (numberOfViews, numberOfSessions,"
            + " liveStreamViews, onDemandViews, inPersonAttendees, subscriberBase), each over the entries whose type asks"
            + " for it, as the portal export sends them; a count no entry has a value for is absent";
}
