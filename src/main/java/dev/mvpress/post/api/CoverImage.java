package dev.mvpress.post.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.PlainText;

@RegisterForReflection
@Schema(name = "CoverImage")
public record CoverImage(
        @NotBlank @Size(max = 2000) @HttpUrl @Schema(
                description = "An absolute http(s) URL with a host; no quotes, angle brackets, spaces, backslashes or control characters",
                pattern = HttpUrl.PATTERN, examples = "https://example.com/images/podcast.png") String url,
        @Size(max = 500) @PlainText @Schema(examples = "A microphone on a desk") String alt) {
}
