package dev.mvpress.markdown;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One heading of a body, for a table of contents: {@code id} is the id the heading has in the html. */
@RegisterForReflection
@Schema(name = "TocEntry")
public record Heading(
        @Schema(description = "1 for h1 to 6 for h6", examples = "2") int level,
        @Schema(description = "The heading's id in html: link to #id", examples = "why-a-podcast-feed") String id,
        @Schema(description = "The heading as plain text", examples = "Why a podcast feed?") String text) {
}
