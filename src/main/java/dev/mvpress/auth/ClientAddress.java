package dev.mvpress.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpServerRequest;

import dev.mvpress.MvpressConfig;
import dev.mvpress.kernel.IpBlock;

/**
 * Tells clients apart for the failed-authentication throttle. The client is the connection's peer,
 * unless that peer is a configured trusted proxy: then X-Forwarded-For is read from the right, past
 * every trusted proxy, and the first address no trusted proxy added is the client. Reading from the
 * left, as Quarkus's proxy forwarding does, would let a client name any address it likes, since
 * proxies append to the header the client sent.
 */
@ApplicationScoped
public class ClientAddress {

    /** Literal IPv4 or IPv6 addresses only: a host name here would mean a DNS look-up per request. */
    private static final Pattern LITERAL = IpBlock.LITERAL;

    private final List<IpBlock> trusted;

    @Inject
    ClientAddress(MvpressConfig config) {
        this(config.auth().trustedProxies().orElse(List.of()));
    }

    ClientAddress(List<String> trustedProxies) {
        this.trusted = IpBlock.parseAll("mvpress.auth.trusted-proxies", trustedProxies);
    }

    /** The client address of this request, as the throttle counts it. */
    public String of(HttpServerRequest request) {
        // The connection's own peer: with Quarkus proxy forwarding on, remoteAddress() is already the
        // header's left-most, client-chosen entry.
        var peer = request.connection() == null ? request.remoteAddress() : request.connection().remoteAddress();
        String peerHost = peer == null ? null : peer.hostAddress();
        return resolve(peerHost, request.headers().getAll("X-Forwarded-For"));
    }

    String resolve(String peer, List<String> forwardedFor) {
        if (peer == null) {
            return "unknown";
        }
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = stripPort(hops.get(i));
            if (!LITERAL.matcher(hop).matches()) {
                // Not an address (a proxy's "unknown" or garbage): nothing left of it can be believed.
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String host) {
        if (trusted.isEmpty() || !LITERAL.matcher(host).matches()) {
            return false;
        }
        byte[] address;
        try {
            address = InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            return false;
        }
        for (IpBlock block : trusted) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static String stripPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        // One colon is IPv4 with a port; more are an IPv6 address.
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

}
