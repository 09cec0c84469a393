package dev.mvpress.post.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A preview link: a signed token that lets whoever holds it read one post, draft or scheduled, until it
 * expires, the post is deleted, or the preview secret changes.
 */
@RegisterForReflection
@Schema(name = "PreviewLink", description = "A link that shows one post, whatever its status, until expiresAt")
public record PreviewLink(
        @Schema(description = "The token, for GET /api/posts/{slug}?preview=<token>",
                examples = "eyJwb3N0IjoiMGI5YTZhNTMtNWQ0Yy00ZjdlLWE4YTQtMWYwYzlhMGUyYjExIiwiZXhwIjoxNzgwMzkwODAwfQ"
                        + ".kD3o0wq3XQd8dZl6Vb5Yq9i2m0pQ1sT7uV3wX5yZ8aB") String token,
        @Schema(examples = "2026-06-02T09:00:00Z") Instant expiresAt,
        PreviewLinkPost post,
        @Schema(description = "The post through this API, with the token",
                examples = "https://api.example.com/api/posts/shipping-a-podcast-feed?preview=eyJ...") String url,
        @Schema(nullable = true, description = "The frontend's draft-mode route (mvpress.preview.url-template); null"
                + " when not configured",
                examples = "https://example.com/api/draft?slug=shipping-a-podcast-feed&secret=eyJ...") String previewUrl) {

    /** The post a link shows, as it was named when the link was made; the link follows it through renames. */
    @RegisterForReflection
    @Schema(name = "PreviewLinkPost")
    public record PreviewLinkPost(
            @Schema(examples = "0b9a6a53-5d4c-4f7e-a8a4-1f0c9a0e2b11") String id,
            @Schema(examples = "shipping-a-podcast-feed") String slug) {
    }
}
