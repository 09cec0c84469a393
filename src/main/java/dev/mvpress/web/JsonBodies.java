package dev.mvpress.web;

import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads request bodies that resources take as text (so one operation can accept JSON and markdown),
 * turning every Jackson failure into a problem that names the field.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static <T> T read(ObjectMapper mapper, String body, Class<T> type) {
        return convert(mapper, readObject(mapper, body), type);
    }

    public static JsonNode readObject(ObjectMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "must be a JSON object; the request had no body");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw ProblemException.invalid("body", "must be a JSON object");
            }
            rejectNul(node, "");
            return node;
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    /** PostgreSQL cannot store U+0000 in text or jsonb, so it is refused up front with the field's name. */
    private static void rejectNul(JsonNode node, String path) {
        if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            throw ProblemException.invalid(path.isEmpty() ? "body" : path, "must not contain NUL (U+0000) characters");
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().indexOf('\0') >= 0) {
                    throw ProblemException.invalid(path.isEmpty() ? "body" : path, "field names must not contain NUL characters");
                }
                rejectNul(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectNul(node.get(i), path + "[" + i + "]");
            }
        }
    }

    public static <T> T convert(ObjectMapper mapper, JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    static ProblemException translate(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            return new ProblemException(ProblemType.MALFORMED_BODY, "The body is not valid JSON (line %d, column %d): %s"
                    .formatted(parse.getLocation() == null ? 0 : parse.getLocation().getLineNr(),
                            parse.getLocation() == null ? 0 : parse.getLocation().getColumnNr(),
                            parse.getOriginalMessage()));
        }
        if (e instanceof JsonMappingException mapping) {
            Problem.FieldError error = ProblemMappers.fieldError(mapping);
            return new ProblemException(ProblemType.VALIDATION, error.field() + ": " + error.message(), List.of(error));
        }
        return new ProblemException(ProblemType.MALFORMED_BODY, "The body could not be read as JSON: " + e.getOriginalMessage());
    }
}
