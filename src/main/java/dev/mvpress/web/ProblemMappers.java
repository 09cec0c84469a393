package dev.mvpress.web;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;

/** Turns every failure into an RFC 9457 problem response; nothing leaks a stack trace or an HTML page. */
public class ProblemMappers {

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response response = Problems.response(e.type(), e.getMessage(), request.path(), e.errors());
        if (e.location() != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, e.location());
        }
        return response;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return problem(ProblemException.invalid(errors), request);
    }

    /** Bodies that Jackson reads for a resource directly (tags); posts read theirs through {@link JsonBodies}. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return problem(JsonBodies.translate(e), request);
    }

    // Named separately so they win over the mappers quarkus-rest-jackson registers for these types.
    @ServerExceptionMapper
    public Response jsonInput(MismatchedInputException e, HttpServerRequest request) {
        return problem(JsonBodies.translate(e), request);
    }

    @ServerExceptionMapper
    public Response jsonSyntax(JsonParseException e, HttpServerRequest request) {
        return problem(JsonBodies.translate(e), request);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return Problems.response(ProblemType.CONFLICT,
                "The resource was changed by another request at the same time; fetch it and try again", request.path(), null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return Problems.response(ProblemType.NOT_FOUND, "Nothing is served at " + request.path(), request.path(), null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String detail;
        Set<String> allowed = e instanceof NotAllowedException ? allowedMethods.forPath(request.path()) : Set.of();
        if (e instanceof NotAllowedException) {
            detail = "Method %s is not allowed on %s; allowed: %s".formatted(request.method(), request.path(),
                    String.join(", ", allowed));
        } else if (e instanceof NotSupportedException) {
            detail = "Content-Type '%s' is not supported here".formatted(
                    request.getHeader(HttpHeaders.CONTENT_TYPE) == null ? "(none)"
                            : request.getHeader(HttpHeaders.CONTENT_TYPE));
        } else if (e instanceof NotAcceptableException) {
            detail = "None of the media types in Accept '%s' can be produced here"
                    .formatted(request.getHeader(HttpHeaders.ACCEPT));
        } else if (status >= 500) {
            Log.errorf(e, "Server error on %s %s", request.method(), request.path());
            detail = "The server could not complete the request";
        } else {
            detail = e.getMessage();
        }
        Response response = Problems.response(status, Problems.statusTitle(status), detail, request.path(), null);
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(response).allow(allowed).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (databaseUnavailable(e)) {
            Log.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), rootMessage(e));
            return Response.fromResponse(Problems.response(ProblemType.UNAVAILABLE,
                    "The database is not reachable right now; try again shortly", request.path(), null))
                    .header(HttpHeaders.RETRY_AFTER, 5).build();
        }
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, request);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && "23505".equals(violation.getSQLState())) {
                return Problems.response(ProblemType.CONFLICT,
                        "Another request created the same unique value at the same time; try again", request.path(), null);
            }
            // SQLSTATE class 22, "data exception": a value PostgreSQL cannot store, which validation let through.
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                Log.warnf("Data exception %s on %s %s: %s", sql.getSQLState(), request.method(), request.path(),
                        sql.getMessage());
                return Problems.response(ProblemType.VALIDATION,
                        "The request holds a value the database cannot store", request.path(), null);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure %s on %s %s", incident, request.method(), request.path());
        return Problems.response(ProblemType.INTERNAL, "The server failed unexpectedly; incident " + incident,
                request.path(), null);
    }

    /**
     * A connection that cannot be made or was lost (SQLSTATE class 08, or 57P01-57P03 when the server
     * shuts down or is starting), or no pooled connection within the acquisition timeout.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.matches("57P0[123]"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static String fieldName(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            // Method and parameter nodes ("create.input") say nothing to an API user.
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            } else if (node.getKey() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "." + node.getKey());
            }
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    static Problem.FieldError fieldError(JsonMappingException e) {
        String field = jsonPath(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem.FieldError(field, "is not a known field" + knownFields(unknown));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            return new Problem.FieldError(field, expectation(format.getTargetType(), format.getValue()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Problem.FieldError(field, expectation(mismatch.getTargetType(), null));
        }
        // A @JsonCreator that refuses a value says why in the user's words ("'x' is not one of ...").
        if (e instanceof ValueInstantiationException instantiation) {
            if (instantiation.getCause() instanceof IllegalArgumentException refused && refused.getMessage() != null) {
                return new Problem.FieldError(field, refused.getMessage());
            }
            if (instantiation.getType() != null) {
                return new Problem.FieldError(field, expectation(instantiation.getType().getRawClass(), null));
            }
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int cut = message.indexOf('\n');
        message = cut > 0 ? message.substring(0, cut) : message;
        // Jackson's own wording names Java types; a problem never does.
        if (message.isEmpty() || message.contains("`") || message.contains("java.") || message.contains("dev.mvpress")) {
            message = "has the wrong type or value";
        }
        return new Problem.FieldError(field, message);
    }

    private static String knownFields(UnrecognizedPropertyException e) {
        if (e.getKnownPropertyIds() == null || e.getKnownPropertyIds().isEmpty()) {
            return "";
        }
        return "; known fields: " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                .collect(Collectors.joining(", "));
    }

    static String expectation(Class<?> type, Object value) {
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
            return (value == null ? "must be one of " : "'" + value + "' is not one of ") + allowed;
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "must be an ISO-8601 instant such as 2024-05-01T09:30:00Z";
        }
        if (type == LocalDate.class) {
            return "must be a calendar day such as 2024-05-01";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number in range";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
