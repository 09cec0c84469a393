package dev.mvpress.kernel;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where MVPress may connect on a caller's behalf: http(s) URLs whose host resolves only to public
 * addresses. Loopback, private, link-local, shared (CGNAT), multicast and reserved addresses are refused
 * unless the setting named at construction lists them, so that a caller cannot make MVPress reach into its
 * own network (cloud metadata, the database, an admin port). Imports (their sources) and webhooks (their
 * targets) each build one from their own setting. The check resolves the host itself; the HTTP client
 * resolves it again when it connects, a window that a DNS name switching its answer could use, which is
 * why no credentials of MVPress's own travel with these requests.
 */
public final class AddressPolicy {

    /** What a URL may not be, or nothing when it may be reached. */
    public sealed interface Verdict {
    }

    public record Allowed() implements Verdict {
    }

    /** Not http(s), or on an address of the local network. */
    public record Refused(String reason) implements Verdict {
    }

    /** The host has no address. */
    public record Unresolved(String host) implements Verdict {
    }

    private static final List<IpBlock> BLOCKED = IpBlock.parseAll("blocked addresses", List.of("0.0.0.0/8", "10.0.0.0/8",
            "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "224.0.0.0/3", "::/96", "64:ff9b::/96", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8"));

    private final String setting;
    private final List<IpBlock> allowed;

    /**
     * {@code setting} names the list of allowed addresses ({@code mvpress.import.allowed-addresses}), in
     * refusals and in the error when an entry is not an address: an IllegalArgumentException, so a bean
     * created at start-up stops the application at once.
     */
    public AddressPolicy(String setting, List<String> allowedAddresses) {
        this.setting = setting;
        this.allowed = IpBlock.parseAll(setting, allowedAddresses);
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
                        + address.getHostAddress() + "); MVPress does not connect to its own network"
                        + " unless " + setting + " lists it");
            }
        }
        return new Allowed();
    }

    private boolean permitted(byte[] address) {
        boolean blocked = BLOCKED.stream().anyMatch(b -> b.contains(address));
        return !blocked || allowed.stream().anyMatch(b -> b.contains(address));
    }
}
