package dev.mvpress.contribution.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.PlainText;

@RegisterForReflection
@JsonIgnoreProperties(value = {"key", "version"})
@Schema(name = "ContributionTypeInput")
public record ContributionTypeInput(
        @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = "Blog") String portalName,
        @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = "Posts") String quantityLabel,
        @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = "Annual unique visitors") String reachLabel,
        @Size(max = 200) @PlainText @Schema(description = "The name the portal's API takes; defaults to portalName",
                examples = "Blog") String apiName,
        @Size(max = 20) @Schema(description = "The portal's role names",
                examples = "[\"Author\", \"Co-Author\"]") List<@NotBlank @Size(max = 50) @PlainText String> roles,
        @Size(max = 6) @Schema(description = "Count API names", examples = "[\"numberOfViews\"]") List<@NotNull String> metrics,
        @Size(max = 20) @Schema(description = "Microsoft events the form offers") List<@NotBlank @Size(
                max = 100) @PlainText String> microsoftEvents,
        Integer position,
        @Schema(description = "False when the portal no longer has this type; defaults to true") Boolean inPortal) {
}
