package dev.mvpress.contribution.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.PlainText;
import dev.mvpress.kernel.Slugs;

@RegisterForReflection
@JsonIgnoreProperties(value = {"key", "version"})
@Schema(name = "ContributionTypeInput")
public record ContributionTypeInput(
        @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = "Blog") String portalName,
        @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = "Posts") String quantityLabel,
        @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = "Annual unique visitors") String reachLabel,
        @Size(max = 20) List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.RULE) String> roles,
        @Size(max = 6) List<@NotNull String> metrics,
        Integer position) {
}
