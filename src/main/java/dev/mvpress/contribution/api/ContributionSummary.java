package dev.mvpress.contribution.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A period of activity at a glance: totals, and the same figures by type, by technology area and by month. */
@RegisterForReflection
@Schema(name = "ContributionSummary")
public record ContributionSummary(
        @Schema(description = "First day of the period, inclusive", examples = "2025-11-28") LocalDate from,
        @Schema(description = "Last day of the period, inclusive", examples = "2026-11-27") LocalDate to,
        Figures totals,
        @Schema(description = "Types with at least one entry, most entries first") List<Group> byType,
        @Schema(description = "Primary technology areas with at least one entry, most entries first") List<Group> byTechnologyArea,
        @Schema(description = "Every month of the period, oldest first, including empty ones") List<Month> byMonth) {

    @RegisterForReflection
    @Schema(name = "ContributionFigures")
    public record Figures(
            @Schema(description = "Entries", examples = "42") long count,
            @Schema(description = "Sum of quantity", examples = "57") long quantity,
            @Schema(description = "Sum of reach", examples = "12800") long reach) {
    }

    @RegisterForReflection
    @Schema(name = "ContributionGroup")
    public record Group(
            @Schema(examples = "blog") String key,
            @Schema(examples = "Blog") String name,
            long count, long quantity, long reach) {
    }

    @RegisterForReflection
    @Schema(name = "ContributionMonth")
    public record Month(
            @Schema(description = "YYYY-MM", examples = "2026-03") String month,
            long count, long quantity, long reach) {
    }
}
