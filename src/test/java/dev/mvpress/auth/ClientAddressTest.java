package dev.mvpress.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.7"));

    @Test
    void withoutTrustedProxiesForwardedForIsIgnored() {
        ClientAddress direct = new ClientAddress(List.of());
        assertEquals("203.0.113.9", direct.resolve("203.0.113.9", List.of("198.51.100.1")));
        assertEquals("127.0.0.1", direct.resolve("127.0.0.1", List.of("198.51.100.1")));
    }

    @Test
    void aPeerThatIsNotTrustedIsTheClientWhateverItSends() {
        assertEquals("203.0.113.9", behindProxies.resolve("203.0.113.9", List.of("10.1.1.1, 198.51.100.1")));
    }

    @Test
    void theRightMostAddressNoTrustedProxyAddedIsTheClient() {
        assertEquals("203.0.113.9", behindProxies.resolve("10.0.0.5", List.of("1.2.3.4, 203.0.113.9")));
        // Two proxies in the chain, one of them by IPv6; several header lines count as one list.
        assertEquals("203.0.113.9", behindProxies.resolve("10.0.0.5",
                List.of("1.2.3.4, 203.0.113.9", "2001:db8::1, 192.0.2.7")));
        assertEquals("203.0.113.9", behindProxies.resolve("10.0.0.5", List.of("203.0.113.9:51234")));
        assertEquals("2001:db9::5", behindProxies.resolve("10.0.0.5", List.of("[2001:db9::5]:443")));
    }

    @Test
    void aChainOfOnlyTrustedProxiesOrGarbageStopsAtTheLastBelievableAddress() {
        assertEquals("10.0.0.5", behindProxies.resolve("10.0.0.5", List.of()));
        assertEquals("10.2.2.2", behindProxies.resolve("10.0.0.5", List.of("10.2.2.2")));
        assertEquals("10.0.0.5", behindProxies.resolve("10.0.0.5", List.of("evil.example")));
        assertEquals("unknown", behindProxies.resolve(null, List.of("1.2.3.4")));
    }

    @Test
    void hostNamesAndBadBlocksAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.internal")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
    }
}
