package dev.mvpress.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import dev.mvpress.MvpressConfig;

/**
 * CORS for the API: any configured read origin (any origin by default) may read; only the configured
 * write origins (an admin app) may send writes. Tokens travel in the Authorization header, never in
 * cookies, so no credentials mode is involved.
 */
@ApplicationScoped
public class Cors {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match";
    private static final String EXPOSED_HEADERS = "ETag, Last-Modified, Location, Link, Retry-After";

    private final List<String> readOrigins;
    private final List<String> writeOrigins;

    Cors(MvpressConfig config) {
        this.readOrigins = config.cors().readOrigins().stream().map(Cors::normalize).toList();
        this.writeOrigins = config.cors().writeOrigins().orElse(List.of()).stream().map(Cors::normalize).toList();
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 5).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        // Every answer depends on Origin (the allow headers echo it, or are absent), including the one to a
        // request without Origin that a CDN would otherwise hand to a browser app.
        ctx.addHeadersEndHandler(ignored -> vary(response));
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            ctx.next();
            return;
        }
        String requested = ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (ctx.request().method() == HttpMethod.OPTIONS && requested != null) {
            boolean read = READS.contains(requested.toUpperCase(Locale.ROOT));
            if (read ? mayRead(origin) : mayWrite(origin)) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                                mayWrite(origin) ? "GET, HEAD, POST, PUT, PATCH, DELETE" : "GET, HEAD")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
            }
            // Without the allow headers the browser refuses the request itself; the preflight is still answered.
            response.setStatusCode(204).end();
            return;
        }
        boolean read = READS.contains(ctx.request().method().name());
        if (read ? mayRead(origin) : mayWrite(origin)) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
        ctx.next();
    }

    /**
     * One Vary header listing each field once, Origin included, whoever added the others (the caching
     * filter, content negotiation): a cache may honour only the first of several Vary headers.
     */
    private static void vary(HttpServerResponse response) {
        List<String> fields = Stream.concat(response.headers().getAll(HttpHeaders.VARY).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(f -> !f.isEmpty()),
                Stream.of("Origin"))
                .collect(Collectors.toMap(f -> f.toLowerCase(Locale.ROOT), f -> f, (first, same) -> first,
                        LinkedHashMap::new))
                .values().stream().toList();
        response.headers().set(HttpHeaders.VARY, String.join(", ", fields));
    }

    private boolean mayRead(String origin) {
        return readOrigins.contains("*") || readOrigins.contains(normalize(origin)) || mayWrite(origin);
    }

    private boolean mayWrite(String origin) {
        return writeOrigins.contains(normalize(origin));
    }

    private static String normalize(String origin) {
        String trimmed = origin.strip().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
