package dev.mvpress.kernel;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An IP network (address bytes and prefix length) from a setting such as {@code 10.0.0.0/8} or {@code ::1}:
 * the trusted proxies and the import sources' allowed addresses are lists of these.
 */
public record IpBlock(byte[] network, int prefix) {

    /** What an IP literal may contain; anything else (a host name) is refused, never looked up. */
    public static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    /** The blocks of a list setting; blank entries are skipped. {@code setting} names it in the error. */
    public static List<IpBlock> parseAll(String setting, List<String> entries) {
        List<IpBlock> blocks = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.isBlank()) {
                blocks.add(parse(setting, entry.strip()));
            }
        }
        return List.copyOf(blocks);
    }

    /** One address or CIDR block; an IllegalArgumentException naming the setting and the entry otherwise. */
    public static IpBlock parse(String setting, String entry) {
        int slash = entry.indexOf('/');
        String host = slash < 0 ? entry : entry.substring(0, slash);
        if (!LITERAL.matcher(host).matches()) {
            throw new IllegalArgumentException(setting + ": '" + entry
                    + "' is not an IP address or CIDR block (host names are not accepted)");
        }
        byte[] network;
        try {
            network = InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(setting + ": '" + entry + "' is not an IP address", e);
        }
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException(setting + ": '" + entry + "' has an invalid prefix length");
            }
        }
        return new IpBlock(network, prefix);
    }

    /** True when the address (of the same family) is inside this block. */
    public boolean contains(byte[] address) {
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
