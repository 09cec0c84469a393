package dev.mvpress.series.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A series as an author names it on a post: its slug and display name. */
@RegisterForReflection
@Schema(name = "SeriesSummary")
public record SeriesSummary(
        @Schema(examples = "okosystem-net-teil") String slug,
        @Schema(examples = "Ökosystem .NET – Teil") String name) {
}
