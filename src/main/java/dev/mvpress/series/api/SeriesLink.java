package dev.mvpress.series.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Another part of a post's series, as a link: its slug, title and public page. */
@RegisterForReflection
@Schema(name = "SeriesLink")
public record SeriesLink(
        @Schema(examples = "okosystem-net-teil-1") String slug,
        @Schema(examples = "Ökosystem .NET – Teil 1: Die Laufzeit") String title,
        @Schema(description = "The post's page on the frontend",
                examples = "https://example.com/blog/okosystem-net-teil-1/") String url) {
}
