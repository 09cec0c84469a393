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
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> trusted;

    @Inject
    ClientAddress(MvpressConfig config) {
        this(config.auth().trustedProxies().orElse(List.of()));
    }

    ClientAddress(List<String> trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (!entry.isBlank()) {
                blocks.add(parseBlock(entry.strip()));
            }
        }
        this.trusted = List.copyOf(blocks);
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
        for (Block block : trusted) {
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

    private static Block parseBlock(String entry) {
        int slash = entry.indexOf('/');
        String host = slash < 0 ? entry : entry.substring(0, slash);
        if (!LITERAL.matcher(host).matches()) {
            throw new IllegalArgumentException("mvpress.auth.trusted-proxies: '" + entry
                    + "' is not an IP address or CIDR block (host names are not accepted)");
        }
        byte[] network;
        try {
            network = InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("mvpress.auth.trusted-proxies: '" + entry + "' is not an IP address", e);
        }
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException(
                        "mvpress.auth.trusted-proxies: '" + entry + "' has an invalid prefix length");
            }
        }
        return new Block(network, prefix);
    }
}
