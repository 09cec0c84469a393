package dev.mvpress.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;

import dev.mvpress.kernel.XmlChars;

/**
 * Reads request bodies that resources take as text (so one operation can accept JSON and markdown),
 * turning every Jackson failure into a problem that names the field.
 */
public final class JsonBodies {

    /** A body with more wrong fields than this reports the first ones. */
    private static final int MAX_TYPE_ERRORS = 50;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");

    private JsonBodies() {
    }

    public static <T> T read(ObjectMapper mapper, String body, Class<T> type) {
        return convert(mapper, readObject(mapper, body), type);
    }

    public static JsonNode readObject(ObjectMapper mapper, String body) {
        return readTree(mapper, body, false, "a JSON object");
    }

    /**
     * A body that is a JSON array, checked as {@link #readObject} checks an object; a problem inside it names
     * the item ({@code [2].id}). {@code what} says what the array holds ("a JSON array of ...").
     */
    public static JsonNode readArray(ObjectMapper mapper, String body, String what) {
        return readTree(mapper, body, true, "a JSON array of " + what);
    }

    private static JsonNode readTree(ObjectMapper mapper, String body, boolean array, String expected) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "must be " + expected + "; the request had no body");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || (array ? !node.isArray() : !node.isObject())) {
                throw ProblemException.invalid("body", "must be " + expected);
            }
            List<Problem.FieldError> errors = new ArrayList<>();
            rejectUnstorable(node, "", errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    /**
     * PostgreSQL cannot store U+0000 in text or jsonb, and a surrogate without its pair is no character
     * at all (it would be stored as '?'), so both are refused up front with the field's name.
     */
    private static void rejectUnstorable(JsonNode node, String path, List<Problem.FieldError> errors) {
        String field = path.isEmpty() ? "body" : path;
        if (node.isTextual()) {
            String text = node.textValue();
            int lone = XmlChars.firstLoneSurrogate(text);
            if (text.indexOf('\0') >= 0) {
                errors.add(new Problem.FieldError(field, "must not contain NUL (U+0000) characters"));
            } else if (lone >= 0) {
                errors.add(new Problem.FieldError(field, "must not contain unpaired surrogates ("
                        + XmlChars.describe(text, lone) + ")"));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                String key = entry.getKey();
                // NUL is among the characters XML cannot carry.
                if (XmlChars.firstIllegal(key) >= 0) {
                    errors.add(new Problem.FieldError(field,
                            "field names must not contain control characters or unpaired surrogates"));
                    return;
                }
                rejectUnstorable(entry.getValue(), path.isEmpty() ? key : path + "." + key, errors);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectUnstorable(node.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    /**
     * Converts a JSON object to the request type. A field of the wrong type does not hide the others:
     * it is taken out and the conversion retried, and the value that then converts is validated too,
     * so one answer lists every wrong field.
     */
    public static <T> T convert(ObjectMapper mapper, JsonNode node, Class<T> type) {
        Map<String, Problem.FieldError> typeErrors = new LinkedHashMap<>();
        JsonNode current = node;
        while (true) {
            try {
                T value = mapper.treeToValue(current, type);
                if (typeErrors.isEmpty()) {
                    return value;
                }
                throw ProblemException.invalid(withConstraints(value, typeErrors));
            } catch (JsonProcessingException e) {
                if (!(e instanceof JsonMappingException mapping) || e instanceof JsonParseException) {
                    throw translate(e);
                }
                Problem.FieldError error = ProblemMappers.fieldError(mapping);
                if (typeErrors.containsKey(error.field()) || typeErrors.size() >= MAX_TYPE_ERRORS) {
                    typeErrors.putIfAbsent(error.field(), error);
                    throw ProblemException.invalid(List.copyOf(typeErrors.values()));
                }
                typeErrors.put(error.field(), error);
                if (current == node) {
                    current = node.deepCopy();
                }
                if (!remove(current, mapping.getPath())) {
                    throw ProblemException.invalid(List.copyOf(typeErrors.values()));
                }
            }
        }
    }

    /** The type errors, then the constraint violations of the fields that did convert. */
    private static List<Problem.FieldError> withConstraints(Object value, Map<String, Problem.FieldError> typeErrors) {
        List<Problem.FieldError> errors = new ArrayList<>(typeErrors.values());
        if (value != null && Arc.container() != null) {
            Validator validator = Arc.container().instance(Validator.class).get();
            validator.validate(value).stream()
                    .map(v -> new Problem.FieldError(ProblemMappers.fieldName(v), v.getMessage()))
                    .filter(v -> typeErrors.keySet().stream()
                            .noneMatch(f -> v.field().equals(f) || v.field().startsWith(f + ".")
                                    || v.field().startsWith(f + "[") || f.startsWith(v.field() + "[")))
                    .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                    .forEach(errors::add);
        }
        return errors;
    }

    /** Takes the value at a Jackson path out of the tree: an object's field is removed, an array's item nulled. */
    private static boolean remove(JsonNode root, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonMappingException.Reference ref = path.get(i);
            parent = ref.getFieldName() != null ? parent.get(ref.getFieldName()) : parent.get(ref.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode object && object.has(last.getFieldName())) {
            object.remove(last.getFieldName());
            return true;
        }
        if (last.getFieldName() == null && parent instanceof ArrayNode array && last.getIndex() >= 0
                && last.getIndex() < array.size()
                && !array.get(last.getIndex()).isNull()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }

    static ProblemException translate(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
            if (duplicate.find()) {
                return ProblemException.invalid(duplicatePath(parse, duplicate.group(1)),
                        "appears more than once in the object");
            }
            return new ProblemException(ProblemType.MALFORMED_BODY, "The body is not valid JSON (line %d, column %d): %s"
                    .formatted(parse.getLocation() == null ? 0 : parse.getLocation().getLineNr(),
                            parse.getLocation() == null ? 0 : parse.getLocation().getColumnNr(),
                            parse.getOriginalMessage()));
        }
        if (e instanceof JsonMappingException mapping) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(mapping.getOriginalMessage()));
            if (duplicate.find()) {
                return ProblemException.invalid(duplicate.group(1), "appears more than once in the object");
            }
            Problem.FieldError error = ProblemMappers.fieldError(mapping);
            return new ProblemException(ProblemType.VALIDATION, error.field() + ": " + error.message(), List.of(error));
        }
        return new ProblemException(ProblemType.MALFORMED_BODY,
                "The body could not be read as JSON: " + e.getOriginalMessage());
    }

    /** "coverImage.url" for a duplicate url inside coverImage, from where the parser stood. */
    private static String duplicatePath(JsonParseException parse, String name) {
        JsonParser parser = parse.getProcessor();
        if (parser != null && parser.getParsingContext() != null) {
            List<String> names = new ArrayList<>();
            for (var ctx = parser.getParsingContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
                if (ctx.inObject() && ctx.getCurrentName() != null) {
                    names.add(0, ctx.getCurrentName());
                } else if (ctx.inArray()) {
                    names.add(0, "[" + Math.max(ctx.getCurrentIndex(), 0) + "]");
                }
            }
            if (!names.isEmpty()) {
                names.set(names.size() - 1, name);
                return String.join(".", names).replace(".[", "[");
            }
        }
        return name;
    }
}
