package dev.mvpress.tag.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A tag as it appears inside a post. */
@RegisterForReflection
@Schema(name = "TagSummary")
public record TagSummary(
        @Schema(examples = "dotnet") String slug,
        @Schema(examples = ".NET") String name) {
}
