package dev.mvpress.auth;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

import dev.mvpress.web.ProblemType;
import dev.mvpress.web.Problems;

/**
 * Runs before routing, so every write under {@code /api} is refused without a valid token before
 * its body is read, even on a route that does not exist. A token that is sent must be valid, on
 * reads too: a mistyped token is reported, not silently treated as anonymous.
 */
public class BearerAuthFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String SCHEME = "Bearer";
    private static final String DISABLED =
            "Writes are disabled: the server has no admin token configured (MVPRESS_ADMIN_TOKEN)";

    private final AdminToken adminToken;
    private final Caller caller;
    private final FailedAuthThrottle throttle;

    BearerAuthFilter(AdminToken adminToken, Caller caller, FailedAuthThrottle throttle) {
        this.adminToken = adminToken;
        this.caller = caller;
        this.throttle = throttle;
    }

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Response authenticate(ContainerRequestContext request, HttpServerRequest http) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean write = !READ_METHODS.contains(request.getMethod());
        String path = request.getUriInfo().getRequestUri().getPath();
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        if (header != null) {
            long wait = throttle.retryAfterSeconds(client);
            if (wait > 0) {
                return Response.fromResponse(Problems.response(ProblemType.TOO_MANY_REQUESTS,
                        "Too many failed authentications from this client; try again in " + wait + " s", path, null))
                        .header(HttpHeaders.RETRY_AFTER, wait).build();
            }
        }
        Response refused = check(header, write, path);
        if (refused != null && header != null) {
            throttle.failed(client);
        }
        return refused;
    }

    private Response check(String header, boolean write, String path) {
        if (header == null) {
            return write ? unauthorized(path, adminToken.configured()
                    ? "This operation needs 'Authorization: Bearer <token>'"
                    : DISABLED) : null;
        }
        if (!adminToken.configured()) {
            return unauthorized(path, DISABLED);
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || (value.length() > SCHEME.length() && value.charAt(SCHEME.length()) != ' ')) {
            return unauthorized(path, "The Authorization header must use the Bearer scheme");
        }
        if (!adminToken.matches(value.substring(SCHEME.length()).strip())) {
            return unauthorized(path, "The bearer token is not valid");
        }
        caller.authenticate();
        return null;
    }

    private static Response unauthorized(String path, String detail) {
        return Problems.response(ProblemType.UNAUTHORIZED, detail, path, null);
    }
}
