package dev.mvpress.contribution.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.web.Problem;

/** What an import did, or with dryRun would do. Rows are numbered from 1, the first entry after the CSV header. */
@RegisterForReflection
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "True when nothing was written") boolean dryRun,
        @Schema(description = "Entries in the file", examples = "12") int rows,
        @Schema(description = "Entries created (or that would be)", examples = "10") int created,
        @Schema(description = "Entries equal to one already stored or earlier in the file, left out") List<Skipped> skipped,
        @Schema(description = "Per-row problems; a real import with any writes nothing") List<Problem.FieldError> problems) {

    @RegisterForReflection
    @Schema(name = "ImportSkipped")
    public record Skipped(
            @Schema(examples = "3") int row,
            @Schema(description = "The stored entry it equals, when it is not a repeat within the file") String existingId,
            @Schema(examples = "same type, date and url as an existing entry") String reason) {
    }
}
