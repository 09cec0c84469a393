package dev.mvpress.series.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.PlainText;

/**
 * The series a post names: a plain string ({@code "Ökosystem .NET – Teil"}, {@code "okosystem-net-teil"}) or an
 * object with a slug and a display name. It matches an existing series by slug, then by name regardless of case;
 * otherwise a series is created. The read-only fields of a fetched post's {@code series} (position, total,
 * previous, next) are accepted and ignored, so a post fetched as JSON can be sent back.
 */
@RegisterForReflection
@JsonIgnoreProperties(value = {"position", "total", "previous", "next"})
@Schema(name = "SeriesRef", description = "A series slug or name as a string, or an object {slug, name}",
        oneOf = {String.class, SeriesSummary.class})
public record SeriesRef(@PlainText String slug, @PlainText String name) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public SeriesRef(@JsonProperty("slug") String slug, @JsonProperty("name") String name) {
        this.slug = slug;
        this.name = name;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SeriesRef of(String value) {
        return new SeriesRef(null, value);
    }
}
