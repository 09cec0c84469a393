package dev.mvpress.change;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(name = "ChangeFeed")
public record ChangeFeed(
        List<Change> items,
        @Schema(description = "Pass as since= on the next call; always present") String nextCursor,
        @Schema(description = "True when more changes are ready now; call again at once") boolean hasMore) {
}
