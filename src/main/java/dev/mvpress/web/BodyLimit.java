package dev.mvpress.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import dev.mvpress.MvpressConfig;

/**
 * Refuses a body over the configured limit ({@code mvpress.max-body-size}) with a 413 problem. A body
 * with a Content-Length is judged before it is read; a chunked body is buffered up to the limit here,
 * because the REST layer would otherwise answer its own 413 with no body. The HTTP layer's own limit
 * ({@code quarkus.http.limits.max-body-size}) follows the same setting.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;
    private final ObjectMapper json;
    private final BodyHandler chunked;

    BodyLimit(MvpressConfig config, ObjectMapper json) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.json = json;
        this.chunked = BodyHandler.create(false).setBodyLimit(maxBytes).setHandleFileUploads(false);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::check);
        router.route().order(Integer.MIN_VALUE + 10).failureHandler(this::failure);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBytes) {
                    reject(ctx);
                    return;
                }
            } catch (NumberFormatException e) {
                // Vert.x rejects a malformed Content-Length itself.
            }
        } else if (ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            chunked.handle(ctx);
            return;
        }
        ctx.next();
    }

    private void failure(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            reject(ctx);
        } else {
            ctx.next();
        }
    }

    private void reject(RoutingContext ctx) {
        Problem problem = new Problem(ProblemType.BODY_TOO_LARGE.uri, ProblemType.BODY_TOO_LARGE.title, 413,
                "The request body is larger than the limit of %d bytes".formatted(maxBytes), ctx.request().path(), null);
        try {
            ctx.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(413).end();
        }
    }
}
