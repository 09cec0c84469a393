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
            return node;
        } catch (JsonProcessingException e) {
            throw translate(e);
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
