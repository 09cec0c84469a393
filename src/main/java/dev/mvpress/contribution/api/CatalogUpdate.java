package dev.mvpress.contribution.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a catalog update changed, by key, and how many entries now use a name the portal no longer knows. */
@RegisterForReflection
@Schema(name = "CatalogUpdate")
public record CatalogUpdate(
        List<String> typesAdded,
        List<String> typesChanged,
        @Schema(description = "Types the portal no longer has: kept for their entries, flagged") List<String> typesRetired,
        List<String> areasAdded,
        List<String> areasChanged,
        @Schema(description = "Areas the portal no longer has: kept for their entries, flagged") List<String> areasRetired,
        @Schema(description = "Entries to move before filing: GET /api/contributions?unknownNames=true lists them") long entriesWithUnknownNames) {
}
