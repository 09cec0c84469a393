package dev.mvpress.webhook.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

import dev.mvpress.kernel.AddressPolicy;
import dev.mvpress.webhook.WebhookConfig;

/**
 * Where webhooks may be sent: https URLs (http only with {@code mvpress.webhooks.allow-http}) without user
 * information, whose host resolves only to public addresses or to those {@code mvpress.webhooks.allowed-addresses}
 * lists. Checked when an endpoint is registered or its URL changes, and again before every attempt, since
 * what a name resolves to can change.
 */
// Created at start-up, so that an allowed address that is not one stops the application at once.
@Startup
@ApplicationScoped
public class WebhookTargets {

    private final boolean allowHttp;
    private final AddressPolicy policy;

    @Inject
    WebhookTargets(WebhookConfig config) {
        this(config.allowHttp(), config.allowedAddresses().orElse(List.of()));
    }

    WebhookTargets(boolean allowHttp, List<String> allowedAddresses) {
        this.allowHttp = allowHttp;
        this.policy = new AddressPolicy("mvpress.webhooks.allowed-addresses", allowedAddresses);
    }

    /** Why MVPress will not send to {@code url}, or empty when it will. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of(allowHttp ? "must be an http or https URL"
                    : "must be an https URL (http is accepted only where mvpress.webhooks.allow-http is set, for development)");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password (user:password@); receivers check the signature");
        }
        AddressPolicy.Verdict verdict = policy.check(uri);
        if (verdict instanceof AddressPolicy.Refused refused) {
            return Optional.of(refused.reason());
        }
        if (verdict instanceof AddressPolicy.Unresolved unresolved) {
            return Optional.of("the host '" + unresolved.host() + "' has no address");
        }
        return Optional.empty();
    }
}
