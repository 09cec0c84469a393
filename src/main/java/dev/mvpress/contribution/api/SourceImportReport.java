package dev.mvpress.contribution.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What an import from a feed, GitHub or Sessionize did, or with dryRun would do. Items are numbered
 * from 1 in the source's order.
 */
@RegisterForReflection
@Schema(name = "SourceImportReport")
public record SourceImportReport(
        @Schema(description = "What was read",
                examples = "https://www.youtube.com/feeds/videos.xml?channel_id=UCvtT19MZW8dq5Wwfu6B0oxw") String source,
        @Schema(description = "True when nothing was written; the created entries are what would be created, their ids"
                + " are not stored") boolean dryRun,
        @Schema(description = "Items considered: in the window, up to mvpress.import.max-items", examples = "12") int items,
        @Schema(description = "The entries created (or that would be), as GET /api/contributions/{id} shows them") List<ContributionView> created,
        @Schema(description = "Items left out because an entry already has their URL, or an earlier item of this import did") List<Skipped> skipped,
        @Schema(description = "Per-item problems: leftOut items were not imported; the others were imported as said") List<ItemProblem> problems,
        @Schema(description = "What the source said about itself: more items than were read, sessions not accepted, ...") List<String> notes) {

    @RegisterForReflection
    @Schema(name = "SourceImportSkipped")
    public record Skipped(
            @Schema(examples = "3") int item,
            @Schema(examples = "Minimal APIs in .NET 9") String title,
            @Schema(examples = "https://www.youtube.com/watch?v=abc123") String url,
            @Schema(examples = "already logged") String reason,
            @Schema(nullable = true,
                    description = "The entry that has the URL, when the caller may read it") String existingId) {
    }

    @RegisterForReflection
    @Schema(name = "SourceImportProblem")
    public record ItemProblem(
            @Schema(examples = "4") int item,
            @Schema(nullable = true, examples = "Pull request with a very long title ...") String title,
            @Schema(nullable = true) String url,
            @Schema(examples = "title") String field,
            @Schema(examples = "had 134 characters; cut to 100 with an ellipsis") String message,
            @Schema(description = "True when the item was not imported") boolean leftOut) {
    }
}
