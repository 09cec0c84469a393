package dev.mvpress.post.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.post.PostKind;

/** Another language's version of the same text (same translationKey): for a language switcher and hreflang. */
@RegisterForReflection
@Schema(name = "Translation")
public record Translation(
        @Schema(description = "BCP 47 language tag", examples = "de") String language,
        @Schema(examples = "einen-podcast-feed-ausliefern") String slug,
        @Schema(description = "post or page") PostKind kind,
        @Schema(description = "Its page on the frontend",
                examples = "https://example.com/blog/einen-podcast-feed-ausliefern/") String url) {
}
