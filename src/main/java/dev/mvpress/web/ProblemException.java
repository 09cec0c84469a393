package dev.mvpress.web;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown anywhere to answer with a problem response; the mapper turns it into RFC 9457 JSON. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final String location;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, String location) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.location = location;
    }

    /** The same problem answered with a Location header: the resource it is about (a 409's existing entry). */
    public ProblemException at(String path) {
        return new ProblemException(type, getMessage(), errors, path);
    }

    /** A 400 for one invalid field or query parameter. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** A 400 listing every invalid field; the detail joins them as "field: message; ...". */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, errors.stream()
                .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String field, String message) {
        return new ProblemException(ProblemType.CONFLICT, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The path for a Location header, or null. */
    public String location() {
        return location;
    }
}
