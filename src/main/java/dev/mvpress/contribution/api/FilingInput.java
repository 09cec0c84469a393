package dev.mvpress.contribution.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One line of POST /api/contributions/filings: an entry marked filed in the MVP portal, or no longer filed. */
@RegisterForReflection
@Schema(name = "Filing")
public record FilingInput(
        @Schema(required = true, description = "The entry's id", examples = "5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e") String id,
        @Schema(description = "The id the portal answered (its contributionId), as a string of 1 to 64 letters, digits or"
                + " hyphens. Leave it out when the portal gave none (a nominee's wizard): a re-mark then keeps the id"
                + " recorded before", pattern = "^[A-Za-z0-9][A-Za-z0-9-]{0,63}$", maxLength = 64,
                examples = "298431") String portalId,
        @Schema(description = "When it was filed; default: now. Not in the future",
                examples = "2026-03-20T19:02:11Z") Instant filedAt,
        @Schema(description = "false: the entry is not filed (any more): its portalId and filedAt are cleared. Default"
                + " true", examples = "true") Boolean filed,
        @Schema(description = "The entry's version that was filed (the version GET or the list showed when its body was"
                + " taken). When the entry has changed since, it is marked filed and changedSinceFiling stays true, so"
                + " an edit made while filing is not lost", examples = "3") Long version) {
}
