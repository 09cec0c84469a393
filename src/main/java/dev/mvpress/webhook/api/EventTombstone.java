package dev.mvpress.webhook.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What an event shows of something its audience cannot see now (deleted, unpublished, a draft, a private
 * entry): only what identifies it, never its content.
 */
@RegisterForReflection
@Schema(name = "EventTombstone", description = "The resource is deleted or hidden from this audience: only what identifies it")
public record EventTombstone(
        @Schema(examples = "0b9a6a53-5d4c-4f7e-a8a4-1f0c9a0e2b11") String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Posts and tags: the slug readers knew;"
                + " absent for contributions", examples = "shipping-a-podcast-feed") String slug) {
}
