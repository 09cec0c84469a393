package dev.mvpress.replica;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;

import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;

/**
 * The one place that decides which requests the replica serves: an anonymous GET (or HEAD) of a
 * {@link PublicRead} operation, without a preview link. Such a reader may see a change a moment late
 * (replication lag), which only delays what a cache would delay too. Everything else reads the
 * primary: writes, every request that carries a token (an author reads what they just wrote, and the
 * token's lookup records its use), preview links (an author checks the draft they just saved), the
 * tick and webhook deliveries (no request), and migrations (Flyway has its own connection to the
 * primary). Runs after authentication and before any resource method, so before this request's first
 * read chooses its connection.
 */
public class ReplicaReads {

    private static final String PREVIEW = "preview";

    private final ReplicaSwitch replicaSwitch;
    private final Caller caller;
    private final ReadRouting routing;
    private final Map<String, Boolean> publicReads = new ConcurrentHashMap<>();

    ReplicaReads(ReplicaSwitch replicaSwitch, Caller caller, ReadRouting routing) {
        this.replicaSwitch = replicaSwitch;
        this.caller = caller;
        this.routing = routing;
    }

    @ServerRequestFilter(priority = 150)
    public void route(ContainerRequestContext request, ResourceInfo resource) {
        if (!replicaSwitch.configured()) {
            return;
        }
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || caller.authenticated()
                || !isPublicRead(resource) || request.getUriInfo().getQueryParameters().containsKey(PREVIEW)) {
            return;
        }
        routing.useReplica();
    }

    private boolean isPublicRead(ResourceInfo resource) {
        if (!(resource instanceof ResteasyReactiveResourceInfo info) || info.getMethodId() == null) {
            return false;
        }
        return publicReads.computeIfAbsent(info.getMethodId(), id -> {
            for (var annotation : info.getAnnotations()) {
                if (annotation instanceof PublicRead) {
                    return true;
                }
            }
            return false;
        });
    }
}
