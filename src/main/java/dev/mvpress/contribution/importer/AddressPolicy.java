package dev.mvpress.contribution.importer;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/**
 * Where an import may connect: http(s) URLs whose host resolves only to public addresses. Loopback,
 * private, link-local, shared (CGNAT), multicast and reserved addresses are refused unless configured
 * ({@code mvpress.import.allowed-addresses}), so that a caller cannot make MVPress fetch from its own
 * network (cloud metadata, the database, an admin port). The check resolves the host itself; the
 * HTTP client resolves it again when it connects, a window that a DNS name switching its answer could
 * use, which is why no credentials of MVPress's own travel with these requests.
 */
// Created at start-up, so that an allowed address that is not one stops the application at once.
@Startup
@ApplicationScoped
public class AddressPolicy {

    /** What a URL may not be, or nothing when it may be fetched. */
    public sealed interface Verdict {
    }

    public record Allowed() implements Verdict {
    }

    /** Not http(s), or on an address of the local network: the caller's URL is refused (400). */
    public record Refused(String reason) implements Verdict {
    }

    /** The host has no address: the source is unreachable (502). */
    public record Unresolved(String host) implements Verdict {
    }

    private static final List<Block> BLOCKED = List.of(
            Block.parse("0.0.0.0/8"), Block.parse("10.0.0.0/8"), Block.parse("100.64.0.0/10"), Block.parse("127.0.0.0/8"),
            Block.parse("169.254.0.0/16"), Block.parse("172.16.0.0/12"), Block.parse("192.0.0.0/24"),
            Block.parse("192.168.0.0/16"), Block.parse("198.18.0.0/15"), Block.parse("224.0.0.0/3"),
            Block.parse("::/96"), Block.parse("64:ff9b::/96"), Block.parse("fc00::/7"), Block.parse("fe80::/10"),
            Block.parse("fec0::/10"), Block.parse("ff00::/8"));

    private final List<Block> allowed;

    @Inject
    AddressPolicy(ImportConfig config) {
        this(config.allowedAddresses().orElse(List.of()));
    }

    AddressPolicy(List<String> allowedAddresses) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : allowedAddresses) {
            if (!entry.isBlank()) {
                blocks.add(Block.parse(entry.strip()));
            }
        }
        this.allowed = List.copyOf(blocks);
    }

    public Verdict check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Refused("must be an http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return new Refused("must have a host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new Unresolved(host);
        }
        for (InetAddress address : addresses) {
            if (!permitted(address.getAddress())) {
                return new Refused("'" + host + "' is on a loopback, private or link-local address ("
                        + address.getHostAddress() + "); MVPress does not fetch from its own network"
                        + " unless mvpress.import.allowed-addresses lists it");
            }
        }
        return new Allowed();
    }

    private boolean permitted(byte[] address) {
        boolean blocked = BLOCKED.stream().anyMatch(b -> b.contains(address));
        return !blocked || allowed.stream().anyMatch(b -> b.contains(address));
    }

    /** An IP network: address bytes and prefix length. */
    private record Block(byte[] network, int prefix) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            if (!host.matches("[0-9A-Fa-f:.]+")) {
                throw new IllegalArgumentException("mvpress.import.allowed-addresses: '" + entry
                        + "' is not an IP address or CIDR block (host names are not accepted)");
            }
            byte[] network;
            try {
                network = InetAddress.getByName(host).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("mvpress.import.allowed-addresses: '" + entry + "' is not an IP address", e);
            }
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("mvpress.import.allowed-addresses: '" + entry + "' has no valid prefix",
                            e);
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("mvpress.import.allowed-addresses: '" + entry + "' has no valid prefix");
                }
            }
            return new Block(network, prefix);
        }

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
}
