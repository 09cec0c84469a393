package dev.mvpress.web;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Builds problem responses outside of exception mapping too (filters answer with these). */
public final class Problems {

    private Problems() {
    }

    public static Response response(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return build(type.status, type.uri, type.title, detail, instance, errors);
    }

    public static Response response(int status, String title, String detail, String instance,
            List<Problem.FieldError> errors) {
        return build(status, "about:blank", title, detail, instance, errors);
    }

    private static Response build(int status, String type, String title, String detail, String instance,
            List<Problem.FieldError> errors) {
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, instance, errors == null || errors.isEmpty() ? null : errors));
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mvpress\"");
        }
        return builder.build();
    }

    public static String statusTitle(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /**
     * The first line of a parser's message (Jackson, SnakeYAML, CSV), for a problem detail: what went
     * wrong and where, without the parser's source excerpt that follows.
     */
    public static String firstLine(String parserMessage) {
        if (parserMessage == null) {
            return "syntax error";
        }
        int cut = parserMessage.indexOf('\n');
        return cut > 0 ? parserMessage.substring(0, cut) : parserMessage;
    }
}
