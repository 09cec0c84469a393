package dev.mvpress.contribution.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(name = "TechnologyArea")
public record TechnologyAreaView(
        @Schema(examples = "dotnet") String key,
        @Schema(examples = ".NET") String name,
        @Schema(examples = "Developer Technologies") String awardCategory,
        @Schema(description = "False when the portal no longer has this area") boolean inPortal,
        long version) {
}
