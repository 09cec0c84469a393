package dev.mvpress.post.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.PlainText;

/**
 * An image as an author gives it (a post's cover or its social card): where it is, what it shows, and
 * its size in pixels when known, so a page can reserve its space. {@code srcset}, which responses add,
 * is accepted and ignored, so an image read from the API can be sent back.
 */
@RegisterForReflection
@JsonIgnoreProperties(value = {"srcset"}, allowGetters = false)
@Schema(name = "ImageInput")
public record ImageInput(
        @NotBlank @Size(max = 2000) @HttpUrl @Schema(
                description = "An absolute http(s) URL with a host; no quotes, angle brackets, spaces, backslashes or control characters",
                pattern = HttpUrl.PATTERN, examples = "https://example.com/images/podcast.png") String url,
        @Size(max = 500) @PlainText @Schema(examples = "A microphone on a desk") String alt,
        @Min(1) @Max(MAX_SIDE) @Schema(description = "Width in pixels", examples = "1600") Integer width,
        @Min(1) @Max(MAX_SIDE) @Schema(description = "Height in pixels", examples = "900") Integer height,
        @Size(max = 1000) @PlainText @Schema(examples = "Recording the first episode in Zürich") String caption) {

    /** Largest width or height accepted, in pixels. */
    public static final int MAX_SIDE = 20_000;

    /** An image with only a URL and alt text, as front matter often gives it. */
    public static ImageInput of(String url, String alt) {
        return new ImageInput(url, alt, null, null, null);
    }
}
