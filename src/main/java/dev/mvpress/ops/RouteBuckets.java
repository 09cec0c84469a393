package dev.mvpress.ops;

import io.vertx.core.Context;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps the {@code uri} tag of {@code http_server_requests_seconds} to route templates: Quarkus tags a request that a
 * REST route matched with the route's template ({@code /api/posts/{slug}}), one that nothing matched with
 * {@code NOT_FOUND} (404) or {@code REDIRECTION} (3xx), but any other answer given before a route matched (a 414, a
 * 413, a 400 for a bad Host header, a 405) with its raw path, one series per path a client cares to send. Such answers
 * are tagged {@value #UNMATCHED} instead.
 */
final class RouteBuckets {

    /** As the metrics show it (Quarkus gives a template a leading slash). */
    static final String UNMATCHED = "/UNMATCHED";
    /** Where Quarkus's REST layer leaves the matched template for the metrics (Vert.x request context data). */
    private static final String TEMPLATE = "UrlPathTemplate";
    /** Quarkus's own endpoints on this port (health, OpenAPI): the HTTP binder leaves them out of the metrics. */
    private static final String NON_APPLICATION = "/q/";

    private RouteBuckets() {
    }

    static void bound(RoutingContext ctx) {
        if (!(ctx.request() instanceof HttpServerRequestInternal request)) {
            return;
        }
        String path = request.path();
        if (path != null && path.startsWith(NON_APPLICATION)) {
            return;
        }
        ctx.addHeadersEndHandler(ignored -> {
            int status = ctx.response().getStatusCode();
            Context context = request.context();
            if (status != 404 && status / 100 != 3 && context != null && context.getLocal(TEMPLATE) == null) {
                context.putLocal(TEMPLATE, UNMATCHED);
            }
        });
    }
}
