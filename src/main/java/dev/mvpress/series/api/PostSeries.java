package dev.mvpress.series.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A post's place in its series, as the caller sees the series: position and total count only the parts the
 * caller may see (an anonymous reader never counts drafts or scheduled posts), so a deleted or unpublished part
 * leaves no gap.
 */
@RegisterForReflection
@Schema(name = "PostSeries", description = "The series of a post and its place in it, counted over the parts the"
        + " caller may see; ordered by seriesPosition (unset last), then publishedAt, then id")
public record PostSeries(
        @Schema(examples = "okosystem-net-teil") String slug,
        @Schema(examples = "Ökosystem .NET – Teil") String name,
        @Schema(nullable = true, description = "1-based rank of this post among the parts the caller may see",
                examples = "2") Integer position,
        @Schema(nullable = true, description = "How many parts the caller may see", examples = "4") Integer total,
        @Schema(nullable = true, description = "The part before this one; null for the first") SeriesLink previous,
        @Schema(nullable = true, description = "The part after this one; null for the last") SeriesLink next) {

    /** The series by name only, for where no navigation was read (webhook payloads). */
    public static PostSeries named(String slug, String name) {
        return new PostSeries(slug, name, null, null, null, null);
    }
}
