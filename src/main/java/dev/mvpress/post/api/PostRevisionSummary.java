package dev.mvpress.post.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of a post's history. */
@RegisterForReflection
@Schema(name = "PostRevisionSummary")
public record PostRevisionSummary(
        @Schema(examples = "3") int number,
        @Schema(description = "The post's version after that write", examples = "5") long version,
        @Schema(description = "The token that wrote it", examples = "sync-script") String author,
        Instant createdAt,
        @Schema(examples = "Shipping a podcast feed") String title,
        @Schema(examples = "published") String status) {
}
