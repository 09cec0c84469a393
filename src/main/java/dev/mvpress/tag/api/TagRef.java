package dev.mvpress.tag.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.PlainText;

/**
 * A tag named on a post: a plain string ({@code "dotnet"}, {@code "Azure Functions"}) or an object
 * with a slug and a display name. It matches an existing tag by slug, then by name regardless of
 * case; otherwise a tag is created.
 */
@RegisterForReflection
@Schema(name = "TagRef", description = "A tag slug or name as a string, or an object {slug, name}",
        oneOf = {String.class, TagSummary.class})
public record TagRef(@PlainText String slug, @PlainText String name) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public TagRef(@JsonProperty("slug") String slug, @JsonProperty("name") String name) {
        this.slug = slug;
        this.name = name;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TagRef of(String value) {
        return new TagRef(null, value);
    }

    /** What the author wrote, for messages. */
    public String label() {
        return name != null ? name : slug;
    }
}
