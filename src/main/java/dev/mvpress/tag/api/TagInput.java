package dev.mvpress.tag.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.PlainText;
import dev.mvpress.kernel.Slugs;

/** What an author sends to create, replace or patch a tag. Read-only fields of a fetched tag are ignored. */
@RegisterForReflection
@JsonIgnoreProperties(value = {"postCount", "createdAt", "updatedAt", "version"})
@Schema(name = "TagInput")
public record TagInput(
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.RULE) @PlainText @Schema(
                description = "Derived from the name when absent", examples = "dotnet") String slug,
        @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = ".NET") String name,
        @Size(max = 1000) @PlainText @Schema(examples = "Posts about .NET and C#") String description,
        @Schema(nullable = true, description = "A key of GET /api/technology-areas: the area this tag stands for. A post's"
                + " auto-logged blog entry and imported items whose categories match the tag take their areas from it"
                + " (the first mapped tag is the primary area). Omitted or null: not mapped (a PUT that leaves it out"
                + " unmaps the tag)", examples = "dotnet") String technologyArea) {
}
