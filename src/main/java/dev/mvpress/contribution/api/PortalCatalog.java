package dev.mvpress.contribution.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.PlainText;

/**
 * The MVP portal's catalogs as one document, in the portal's terms (names, not MVPress keys): its activity
 * types with their API names, roles, counts and Microsoft events, and its award categories with their
 * technology areas. An operator downloads it, edits it when the portal changes, and PUTs it back.
 */
@RegisterForReflection
@Schema(name = "PortalCatalog")
public record PortalCatalog(
        @NotNull @Size(min = 1, max = 100) @Schema(required = true,
                description = "In the portal's order") List<@NotNull @Valid ActivityType> activityTypes,
        @NotNull @Size(min = 1, max = 50) @Schema(required = true) List<@NotNull @Valid AwardCategory> awardCategories,
        @Schema(description = "The audiences the form offers (read only: MVPress knows these six)",
                readOnly = true) List<String> targetAudiences) {

    /** A type; {@code key} is optional and pins the row it updates (a rename keeps its entries). */
    @RegisterForReflection
    @Schema(name = "PortalActivityType")
    public record ActivityType(
            @Size(max = 50) @Schema(description = "MVPress key; matched by name when absent", examples = "video") String key,
            @NotBlank @Size(max = 200) @PlainText @Schema(required = true, description = "The form's name",
                    examples = "Webinar/Online Training/Video/Livestream") String name,
            @Size(max = 200) @PlainText @Schema(description = "The API's name; defaults to name",
                    examples = "Video") String apiName,
            @Size(max = 20) @Schema(examples = "[\"Host\", \"Presenter\", \"Speaker\"]") List<@NotBlank @Size(
                    max = 50) @PlainText String> roles,
            @Size(max = 6) @Schema(description = "Count API names",
                    examples = "[\"numberOfSessions\", \"liveStreamViews\", \"onDemandViews\"]") List<@NotBlank String> counts,
            @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> microsoftEvents) {
    }

    @RegisterForReflection
    @Schema(name = "PortalAwardCategory")
    public record AwardCategory(
            @NotBlank @Size(max = 200) @PlainText @Schema(required = true,
                    examples = "Developer Technologies") String name,
            @NotNull @Size(min = 1, max = 200) @Schema(required = true) List<@NotNull @Valid Area> technologyAreas) {
    }

    /** An area: its name, or {@code {"key", "name"}} to pin the row a renamed area updates. */
    @RegisterForReflection
    @Schema(name = "PortalTechnologyArea")
    public record Area(
            @Size(max = 80) @Schema(description = "MVPress key; matched by name when absent", examples = "dotnet") String key,
            @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = ".NET") String name) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Area(@JsonProperty("key") String key, @JsonProperty("name") String name) {
            this.key = key;
            this.name = name;
        }

        /** A bare name in the file. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Area named(String name) {
            return new Area(null, name);
        }
    }
}
