package dev.mvpress.auth;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;

import io.vertx.core.http.HttpServerRequest;

import dev.mvpress.ops.OpsMetrics;
import dev.mvpress.ops.OpsMetrics.AuthFailure;
import dev.mvpress.web.ProblemType;
import dev.mvpress.web.Problems;

/**
 * Authenticates every API request before its body is read: the configured admin token (every scope)
 * or a managed token (its scopes, looked up by hash on each request so that a revocation takes
 * effect at once on every instance). What an operation needs is what its resource method declares
 * ({@link Access} or {@link PublicRead}); a token that is sent must be valid, on public reads too: a
 * mistyped token is reported, not treated as anonymous. Runs only for a matched resource method, so a
 * path nothing serves stays a 404 (or 405) whatever the request carries.
 */
public class BearerAuthFilter {

    private static final String SCHEME = "Bearer";
    private static final String DISABLED =
            "No admin token is configured (MVPRESS_ADMIN_TOKEN), so only managed tokens can authenticate";

    private final AdminToken adminToken;
    private final TokenService tokens;
    private final Caller caller;
    private final FailedAuthThrottle throttle;
    private final ClientAddress clientAddress;
    private final OpsMetrics metrics;
    private final Map<String, AccessRule> declared = new ConcurrentHashMap<>();

    BearerAuthFilter(AdminToken adminToken, TokenService tokens, Caller caller, FailedAuthThrottle throttle,
            ClientAddress clientAddress, OpsMetrics metrics) {
        this.adminToken = adminToken;
        this.tokens = tokens;
        this.caller = caller;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.metrics = metrics;
    }

    @ServerRequestFilter(priority = 100)
    public Response authenticate(ContainerRequestContext request, HttpServerRequest http, ResourceInfo resource) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String path = request.getUriInfo().getRequestUri().getPath();
        AccessRule needed = ruleOf(resource);
        if (header == null) {
            if (needed.isPublic()) {
                return null;
            }
            metrics.authFailed(AuthFailure.MISSING);
            return unauthorized(path,
                    adminToken.configured() ? "This operation needs 'Authorization: Bearer <token>'" : DISABLED);
        }
        // Credentials are checked before the throttle: a valid token always works, so failures sent
        // from a shared address (a proxy, an office) cannot lock the author out. Only failures are
        // throttled, and a throttled client learns nothing from a 429 that a 401 would not tell.
        String value = header.strip();
        if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || (value.length() > SCHEME.length() && value.charAt(SCHEME.length()) != ' ')) {
            return failed(http, path, AuthFailure.MALFORMED, "The Authorization header must use the Bearer scheme");
        }
        String secret = value.substring(SCHEME.length()).strip();
        if (adminToken.matches(secret)) {
            caller.authenticate("admin", EnumSet.allOf(Scope.class));
        } else {
            Optional<ApiToken> token = secret.startsWith(TokenService.PREFIX) ? tokens.authenticate(secret) : Optional.empty();
            if (token.isEmpty()) {
                return failed(http, path, AuthFailure.INVALID, adminToken.configured() || secret.startsWith(TokenService.PREFIX)
                        ? "The bearer token is not valid (or was revoked)" : DISABLED);
            }
            caller.authenticate(token.get().name, TokenService.scopes(token.get()));
        }
        Optional<String> lacking = needed.lacking(caller::has);
        if (lacking.isPresent()) {
            // Names what is missing; the whole need too when the token holds part of it.
            boolean holdsPart = Stream.concat(needed.scopes().stream(), needed.anyOf().stream()).anyMatch(caller::has);
            return Problems.response(ProblemType.FORBIDDEN, "This token lacks " + lacking.get()
                    + " that this operation needs" + (holdsPart ? " (it needs " + needed.describe() + ")" : ""), path, null);
        }
        return null;
    }

    /**
     * The matched method's declaration, read once per method. The resource classes are registered for
     * reflection, so their annotations can be read in a native image too.
     */
    private AccessRule ruleOf(ResourceInfo resource) {
        if (!(resource instanceof ResteasyReactiveResourceInfo info) || info.getMethodId() == null) {
            return AccessRule.UNDECLARED;
        }
        return declared.computeIfAbsent(info.getMethodId(),
                id -> AccessRule.of(info.getAnnotations()).orElse(AccessRule.UNDECLARED));
    }

    /**
     * A failed authentication: 401, or 429 once the client has failed too often in this window. The
     * client's address is worked out only here, so accepted tokens never pay for it.
     */
    private Response failed(HttpServerRequest http, String path, AuthFailure reason, String detail) {
        String client = clientAddress.of(http);
        long wait = throttle.retryAfterSeconds(client);
        if (wait > 0) {
            metrics.authFailed(AuthFailure.THROTTLED);
            return Response.fromResponse(Problems.response(ProblemType.TOO_MANY_REQUESTS,
                    "Too many failed authentications from this client; try again in " + wait + " s", path, null))
                    .header(HttpHeaders.RETRY_AFTER, wait).build();
        }
        throttle.failed(client);
        metrics.authFailed(reason);
        return unauthorized(path, detail);
    }

    private static Response unauthorized(String path, String detail) {
        return Problems.response(ProblemType.UNAUTHORIZED, detail, path, null);
    }
}
