package dev.mvpress.contribution.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.PlainText;

@RegisterForReflection
@JsonIgnoreProperties(value = {"key", "version"})
@Schema(name = "TechnologyAreaInput")
public record TechnologyAreaInput(
        @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = ".NET") String name,
        @NotBlank @Size(max = 200) @PlainText @Schema(required = true,
                examples = "Developer Technologies") String awardCategory,
        @Schema(description = "False when the portal no longer has this area; defaults to true") Boolean inPortal) {
}
