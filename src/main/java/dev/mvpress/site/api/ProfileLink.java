package dev.mvpress.site.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.PlainText;

/** One of the author's pages elsewhere (MVP profile, Sessionize, GitHub): a label and an absolute URL. */
@RegisterForReflection
@Schema(name = "ProfileLink")
public record ProfileLink(
        @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = "MVP profile") String label,
        @NotBlank @Size(max = 2000) @HttpUrl @Schema(required = true, pattern = HttpUrl.PATTERN,
                examples = "https://mvp.microsoft.com/en-US/MVP/profile/0b9a6a53") String url) {
}
