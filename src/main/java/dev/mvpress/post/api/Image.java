package dev.mvpress.post.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An image as a page renders it: {@code <img src=url alt width height srcset>} and a caption below. */
@RegisterForReflection
@Schema(name = "Image")
public record Image(
        @Schema(examples = "https://example.com/images/podcast.png") String url,
        @Schema(nullable = true, examples = "A microphone on a desk") String alt,
        @Schema(nullable = true, description = "Width in pixels, when known", examples = "1600") Integer width,
        @Schema(nullable = true, description = "Height in pixels, when known", examples = "900") Integer height,
        @Schema(nullable = true, examples = "Recording the first episode in Zürich") String caption,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "Only when an image CDN is configured (mvpress.images.url-template): the image at each"
                        + " configured width up to its own, for <img srcset>",
                examples = "https://res.cloudinary.com/demo/image/fetch/w_480/https%3A%2F%2Fexample.com%2Fimages%2Fpodcast.png 480w,"
                        + " https://res.cloudinary.com/demo/image/fetch/w_960/https%3A%2F%2Fexample.com%2Fimages%2Fpodcast.png 960w") String srcset) {
}
