package dev.mvpress.change;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One change: what changed and how. Fetch the resource for its new state; a deletion is a tombstone. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Change")
public record Change(
        @Schema(description = "post, page, tag or contribution", examples = "post") String entity,
        @Schema(examples = "0b9a6a53-5d4c-4f7e-a8a4-1f0c9a0e2b11") String id,
        @Schema(description = "Posts and tags: the slug after the change (before it, for a deletion)",
                examples = "shipping-a-podcast-feed") String slug,
        @Schema(description = "Set when the change renamed the slug") String previousSlug,
        @Schema(description = "created, updated or deleted", examples = "updated") String op,
        @Schema(description = "When the change was written; for a scheduled post going live, when it went live") Instant at) {
}
