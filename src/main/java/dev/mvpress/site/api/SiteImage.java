package dev.mvpress.site.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.PlainText;

/** An image with what a page needs to lay it out before it loads: the author's avatar. */
@RegisterForReflection
@Schema(name = "SiteImage")
public record SiteImage(
        @NotBlank @Size(max = 2000) @HttpUrl @Schema(required = true, pattern = HttpUrl.PATTERN,
                examples = "https://example.com/images/zoe.jpg") String url,
        @Size(max = 300) @PlainText @Schema(nullable = true, description = "Text for screen readers",
                examples = "Zoë speaking at a user group") String alt,
        @Positive @Max(20000) @Schema(nullable = true, description = "Pixels", examples = "400") Integer width,
        @Positive @Max(20000) @Schema(nullable = true, description = "Pixels", examples = "400") Integer height) {
}
