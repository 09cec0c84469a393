package dev.mvpress.auth;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.mvpress.web.ProblemType;
import dev.mvpress.web.Problems;

/**
 * Runs before routing, so every write under {@code /api} is refused without a valid token before
 * its body is read, even on a route that does not exist. A token that is sent must be valid, on
 * reads too: a mistyped token is reported, not silently treated as anonymous.
 */
public class BearerAuthFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String PREFIX = "Bearer ";

    private final AdminToken adminToken;
    private final Caller caller;

    BearerAuthFilter(AdminToken adminToken, Caller caller) {
        this.adminToken = adminToken;
        this.caller = caller;
    }

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Response authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean write = !READ_METHODS.contains(request.getMethod());
        String path = request.getUriInfo().getRequestUri().getPath();
        if (header == null) {
            if (write) {
                return unauthorized(path, adminToken.configured()
                        ? "This operation needs 'Authorization: Bearer <token>'"
                        : "Writes are disabled: the server has no admin token configured (MVPRESS_ADMIN_TOKEN)");
            }
            return null;
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return unauthorized(path, "The Authorization header must use the Bearer scheme");
        }
        if (!adminToken.matches(header.substring(PREFIX.length()).trim())) {
            return unauthorized(path, adminToken.configured() ? "The bearer token is not valid"
                    : "Writes are disabled: the server has no admin token configured (MVPRESS_ADMIN_TOKEN)");
        }
        caller.authenticate();
        return null;
    }

    private static Response unauthorized(String path, String detail) {
        return Problems.response(ProblemType.UNAUTHORIZED, detail, path, null);
    }
}
