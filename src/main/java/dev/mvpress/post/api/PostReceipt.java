package dev.mvpress.post.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.post.PostStatus;

/**
 * What a write answers to a token without drafts:read when the post it leaves is not published:
 * that token may not read the post, so it gets only what identifies its write.
 */
@RegisterForReflection
@Schema(name = "PostReceipt", description = "The answer to a write by a token without drafts:read when the post is"
        + " not published: enough to address it again, none of its content")
public record PostReceipt(
        @Schema(examples = "shipping-a-podcast-feed") String slug,
        @Schema(examples = "draft") PostStatus status,
        @Schema(examples = "3") long version) {
}
