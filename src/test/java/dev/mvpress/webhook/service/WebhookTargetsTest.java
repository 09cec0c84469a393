package dev.mvpress.webhook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Where webhooks may go, without the application: the rules of mvpress.webhooks.allow-http and allowed-addresses. */
class WebhookTargetsTest {

    private static final WebhookTargets PRODUCTION = new WebhookTargets(false, List.of());

    private static String refusal(WebhookTargets targets, String url) {
        return targets.refusal(url).orElseThrow(() -> new AssertionError(url + " was not refused"));
    }

    @Test
    void httpIsRefusedUnlessAllowed() {
        assertTrue(refusal(PRODUCTION, "http://203.0.113.9/hook").startsWith("must be an https URL"));
        assertTrue(refusal(PRODUCTION, "ftp://203.0.113.9/hook").startsWith("must be an https URL"));
        assertEquals(Optional.empty(), new WebhookTargets(true, List.of()).refusal("http://203.0.113.9/hook"));
        assertEquals(Optional.empty(), PRODUCTION.refusal("https://203.0.113.9/hook"));
    }

    @Test
    void privateLoopbackAndLinkLocalAddressesAreRefusedUnlessListed() {
        for (String url : List.of("https://10.0.0.1/", "https://169.254.169.254/latest/meta-data/", "https://127.0.0.1:8443/",
                "https://172.16.5.4/", "https://192.168.0.10/", "https://100.64.0.1/", "https://[::1]/",
                "https://[fd00::1]/", "https://[fe80::1]/", "https://0.0.0.0/", "https://localhost/")) {
            String reason = refusal(PRODUCTION, url);
            assertTrue(reason.contains("loopback, private or link-local") && reason.contains(
                    "mvpress.webhooks.allowed-addresses"), url + ": " + reason);
        }
        WebhookTargets intranet = new WebhookTargets(false, List.of("10.20.0.0/16", "::1"));
        assertEquals(Optional.empty(), intranet.refusal("https://10.20.3.4/hook"));
        assertEquals(Optional.empty(), intranet.refusal("https://[::1]/hook"));
        assertTrue(refusal(intranet, "https://10.21.0.1/hook").contains("10.21.0.1"));
    }

    @Test
    void userInfoAndUnknownHostsAreRefused() {
        assertTrue(refusal(PRODUCTION, "https://deploy:s3cret@203.0.113.9/hook").contains("user name or password"));
        assertTrue(refusal(PRODUCTION, "https://no-such-host.invalid/hook").contains("has no address"));
        assertTrue(refusal(PRODUCTION, "https://exa mple.com/").contains("not a URL"));
    }

    @Test
    void anAllowedAddressThatIsNotOneStopsStartUp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WebhookTargets(false, List.of("intranet.example.com")));
        assertTrue(e.getMessage().startsWith("mvpress.webhooks.allowed-addresses:"), e.getMessage());
    }
}
