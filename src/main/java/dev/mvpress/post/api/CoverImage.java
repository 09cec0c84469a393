package dev.mvpress.post.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(name = "CoverImage")
public record CoverImage(
        @NotBlank @Size(max = 2000)
        @Pattern(regexp = "^(https?://\\S+|/\\S*)$", message = "must be an absolute http(s) URL or a path starting with /")
        @Schema(examples = "https://example.com/images/podcast.png") String url,
        @Size(max = 500) @Schema(examples = "A microphone on a desk") String alt) {
}
