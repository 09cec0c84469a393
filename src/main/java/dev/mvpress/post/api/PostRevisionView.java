package dev.mvpress.post.api;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A revision with the post's writable fields as they were, the shape a PUT takes. */
@RegisterForReflection
@Schema(name = "PostRevision")
public record PostRevisionView(int number, long version, String author, Instant createdAt,
        @Schema(implementation = PostInput.class) Map<String, Object> post) {
}
