package dev.mvpress.auth;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.mvpress.web.ProblemType;
import dev.mvpress.web.Problems;
import io.vertx.core.http.HttpServerRequest;

/**
 * Authenticates every API request before its body is read: the configured admin token (every scope)
 * or a managed token (its scopes, looked up by hash on each request so that a revocation takes
 * effect at once on every instance). Writes need a token with the scope of what they change; a token
 * that is sent must be valid, on reads too: a mistyped token is reported, not treated as anonymous.
 */
public class BearerAuthFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String SCHEME = "Bearer";
    private static final java.util.regex.Pattern RESTORE =
            java.util.regex.Pattern.compile("/api/posts/[^/]+/revisions/[^/]+/restore");
    private static final String DISABLED =
            "No admin token is configured (MVPRESS_ADMIN_TOKEN), so only managed tokens can authenticate";

    private final AdminToken adminToken;
    private final TokenService tokens;
    private final Caller caller;
    private final FailedAuthThrottle throttle;
    private final ClientAddress clientAddress;

    BearerAuthFilter(AdminToken adminToken, TokenService tokens, Caller caller, FailedAuthThrottle throttle,
            ClientAddress clientAddress) {
        this.adminToken = adminToken;
        this.tokens = tokens;
        this.caller = caller;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    @ServerRequestFilter(priority = 100)
    public Response authenticate(ContainerRequestContext request, HttpServerRequest http) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean write = !READ_METHODS.contains(request.getMethod());
        String path = request.getUriInfo().getRequestUri().getPath();
        Optional<Scope> needed = requiredScope(path, write);
        if (header == null) {
            if (needed.isEmpty()) {
                return null;
            }
            return unauthorized(path, adminToken.configured() ? "This operation needs 'Authorization: Bearer <token>'" : DISABLED);
        }
        // Credentials are checked before the throttle: a valid token always works, so failures sent
        // from a shared address (a proxy, an office) cannot lock the author out. Only failures are
        // throttled, and a throttled client learns nothing from a 429 that a 401 would not tell.
        String client = clientAddress.of(http);
        String value = header.strip();
        if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || (value.length() > SCHEME.length() && value.charAt(SCHEME.length()) != ' ')) {
            return failed(client, path, "The Authorization header must use the Bearer scheme");
        }
        String secret = value.substring(SCHEME.length()).strip();
        if (adminToken.matches(secret)) {
            caller.authenticate("admin", EnumSet.allOf(Scope.class));
        } else {
            Optional<ApiToken> token = secret.startsWith(TokenService.PREFIX) ? tokens.authenticate(secret) : Optional.empty();
            if (token.isEmpty()) {
                return failed(client, path, adminToken.configured() || secret.startsWith(TokenService.PREFIX)
                        ? "The bearer token is not valid (or was revoked)" : DISABLED);
            }
            caller.authenticate(token.get().name, TokenService.scopes(token.get()));
        }
        if (needed.isPresent() && !caller.has(needed.get())) {
            return Problems.response(ProblemType.FORBIDDEN, "This token lacks the scope " + needed.get()
                    + " that this operation needs", path, null);
        }
        if (write && RESTORE.matcher(path).matches() && !caller.has(Scope.DRAFTS_READ)) {
            // A restore answers, and makes current, a revision: the history that reading needs drafts:read for.
            return Problems.response(ProblemType.FORBIDDEN, "This token lacks the scope " + Scope.DRAFTS_READ
                    + " that restoring a revision needs (besides " + Scope.POSTS_WRITE + ")", path, null);
        }
        return null;
    }

    /** The scope an operation needs: writes by what they change; token management always needs admin. */
    static Optional<Scope> requiredScope(String path, boolean write) {
        if (path.startsWith("/api/tokens")) {
            return Optional.of(Scope.ADMIN);
        }
        if (!write) {
            // A post's history holds drafts and past versions.
            return path.matches("/api/posts/[^/]+/revisions(/.*)?") ? Optional.of(Scope.DRAFTS_READ) : Optional.empty();
        }
        if (path.startsWith("/api/posts") || path.startsWith("/api/tags")) {
            return Optional.of(Scope.POSTS_WRITE);
        }
        if (path.startsWith("/api/contribution") || path.startsWith("/api/technology-areas")) {
            return Optional.of(Scope.CONTRIBUTIONS_WRITE);
        }
        return Optional.of(Scope.ADMIN);
    }

    /** A failed authentication: 401, or 429 once the client has failed too often in this window. */
    private Response failed(String client, String path, String detail) {
        long wait = throttle.retryAfterSeconds(client);
        if (wait > 0) {
            return Response.fromResponse(Problems.response(ProblemType.TOO_MANY_REQUESTS,
                    "Too many failed authentications from this client; try again in " + wait + " s", path, null))
                    .header(HttpHeaders.RETRY_AFTER, wait).build();
        }
        throttle.failed(client);
        return unauthorized(path, detail);
    }

    private static Response unauthorized(String path, String detail) {
        return Problems.response(ProblemType.UNAUTHORIZED, detail, path, null);
    }
}
