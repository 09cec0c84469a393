package dev.mvpress.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.Suggestions;
import dev.mvpress.kernel.Timestamped;

/**
 * {@code fields=}: the top-level fields of a JSON representation a caller wants, as WordPress's {@code _fields}
 * and Strapi's {@code fields} give them. The names a representation has are its JSON property names as Jackson
 * writes the record (its components, less what it ignores), so a field added to the record is selectable with
 * no change here. For a list, apply the selection to each item and keep the page envelope:
 * {@code page.map(fields::apply)}.
 */
public final class FieldSelection {

    /** The query parameter's name, which a 400 names. */
    public static final String PARAM = "fields";

    private static final Map<Class<?>, Set<String>> KNOWN = new ConcurrentHashMap<>();

    private final ObjectMapper json;
    private final Set<String> names;

    private FieldSelection(ObjectMapper json, Set<String> names) {
        this.json = json;
        this.names = names;
    }

    /**
     * The fields {@code raw} selects of {@code type} (comma-separated and/or repeated, see {@link Params#names});
     * every field when the parameter is absent or empty. A name {@code type} does not have is a 400 naming
     * {@code fields}, with the closest name and the list of valid ones.
     */
    public static FieldSelection parse(ObjectMapper json, Class<?> type, List<String> raw) {
        Set<String> given = Params.names(raw);
        if (given.isEmpty()) {
            return new FieldSelection(json, null);
        }
        Set<String> known = namesOf(json, type);
        for (String name : given) {
            if (!known.contains(name)) {
                String closest = Suggestions.closest(name, known);
                throw ProblemException.invalid(PARAM, "'" + name + "' is not a field"
                        + (closest != null ? "; did you mean '" + closest + "'?" : "")
                        + "; valid: " + String.join(", ", new TreeSet<>(known)));
            }
        }
        return new FieldSelection(json, Set.copyOf(given));
    }

    /** The JSON property names of {@code type}, in no particular order. */
    public static Set<String> namesOf(ObjectMapper json, Class<?> type) {
        return KNOWN.computeIfAbsent(type, t -> json.getSerializationConfig().introspect(json.constructType(t))
                .findProperties().stream().map(BeanPropertyDefinition::getName).collect(Collectors.toUnmodifiableSet()));
    }

    /** True when every field is selected (no {@code fields=}). */
    public boolean all() {
        return names == null;
    }

    /** Whether the field shows: for reading a costly field (a post's body) only when it does. */
    public boolean shows(String field) {
        return names == null || names.contains(field);
    }

    /**
     * The representation with the selected fields only, in the record's order; the representation itself when
     * every field is selected. Last-Modified still follows a timestamped representation.
     */
    public Object apply(Object representation) {
        if (names == null) {
            return representation;
        }
        ObjectNode tree = json.valueToTree(representation);
        tree.retain(names);
        return new Selected(tree, representation instanceof Timestamped t ? t.updatedAt() : null);
    }

    /** A subset of a representation's fields, written as that subset alone. */
    @RegisterForReflection
    public record Selected(@JsonValue ObjectNode fields, @JsonIgnore Instant updatedAt) implements Timestamped {
    }
}
