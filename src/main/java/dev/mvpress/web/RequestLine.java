package dev.mvpress.web;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Requests whose request line or Host header cannot be served are answered with a problem before
 * any route sees them: a URL over {@link #MAX_URI_LENGTH} characters is a 414 (the HTTP layer's own
 * limit, {@code quarkus.http.limits.max-initial-line-length}, is set above it so that such URLs reach
 * this handler), and a Host header that is not a host[:port] is a 400 (it would otherwise fail deep in
 * the REST layer as a 500).
 */
@ApplicationScoped
public class RequestLine {

    public static final int MAX_URI_LENGTH = 8192;
    /** RFC 3986 host (a registered name, IPv4 or a bracketed IPv6 literal) and an optional port. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._~%!$&'()*+,;=-]+)(:[0-9]{1,5})?");

    private final ObjectMapper json;

    RequestLine(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 5).handler(this::check);
        // Vert.x Web fails a request whose Host it cannot parse before any handler runs.
        router.route().order(Integer.MIN_VALUE + 5).failureHandler(this::failure);
    }

    private void failure(RoutingContext ctx) {
        if (!ctx.response().headWritten() && (ctx.request().authority() == null
                || ctx.failure() != null && String.valueOf(ctx.failure().getMessage()).contains("'Host' header"))) {
            refuseHost(ctx);
        } else {
            ctx.next();
        }
    }

    private void refuseHost(RoutingContext ctx) {
        String host = ctx.request().getHeader(HttpHeaders.HOST);
        Log.debugf("Refused Host header %s on %s",
                host == null ? "(none)" : host.length() > 100 ? host.substring(0, 100) : host,
                ctx.request().path());
        answer(ctx, 400, ProblemType.VALIDATION.title, "The Host header must be a host name or address with an optional port",
                List.of(new Problem.FieldError("Host", "must be a host name or address with an optional port")));
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            answer(ctx, 414, "URI Too Long", "The URL is longer than %d characters".formatted(MAX_URI_LENGTH), null);
            return;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null && !HOST.matcher(host).matches()) {
            refuseHost(ctx);
            return;
        }
        ctx.next();
    }

    private void answer(RoutingContext ctx, int status, String title, String detail, List<Problem.FieldError> errors) {
        String type = status == 400 ? ProblemType.VALIDATION.uri : "about:blank";
        // The path alone: the URL that was too long is not echoed back.
        String path = ctx.request().path();
        String instance = path == null || path.length() > 200 ? null : path;
        Problem problem = new Problem(type, title, status, detail, instance, errors);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "";
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
