package dev.mvpress.webhook.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.ProblemException;
import dev.mvpress.webhook.WebhookEndpoint;
import dev.mvpress.webhook.api.WebhookInput;
import dev.mvpress.webhook.api.WebhookView;
import dev.mvpress.webhook.rest.WebhookViews;

/** Registering, reading, changing and deleting endpoints, and rotating their secrets. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WebhookService {

    private final WebhookRules rules;
    private final TimeSource time;
    private final ObjectMapper json;

    WebhookService(WebhookRules rules, TimeSource time, ObjectMapper json) {
        this.rules = rules;
        this.time = time;
        this.json = json;
    }

    /** A new endpoint; the answer carries its secret, which is not shown again. */
    @Transactional
    public WebhookView registerEndpoint(WebhookInput input) {
        WebhookRules.Checked checked = rules.check(input, true);
        Instant now = time.now();
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.kind = checked.kind();
        endpoint.secret = WebhookSigner.newSecret();
        endpoint.createdAt = now;
        apply(endpoint, checked, now);
        endpoint.persist();
        return WebhookViews.withSecret(endpoint);
    }

    public Page<WebhookView> findAllEndpoints(PageRequest page) {
        return Page.of(WebhookQueries.endpoints(page).stream().map(WebhookViews::of).toList(), page,
                WebhookQueries.endpointCount());
    }

    public Optional<WebhookView> findEndpoint(UUID id) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id).map(WebhookViews::of);
    }

    /**
     * JSON Merge Patch of url, events, description, includeDrafts, coalesceSeconds, enabled. Enabling an endpoint
     * clears why and since when it was disabled and failing; its pending deliveries resume.
     */
    @Transactional
    public Optional<WebhookView> partialUpdateEndpoint(UUID id, JsonNode patch) {
        Optional<WebhookEndpoint> found = WebhookEndpoint.findByIdOptional(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WebhookEndpoint endpoint = found.get();
        WebhookInput current = new WebhookInput(endpoint.kind, endpoint.url, endpoint.events, endpoint.description,
                endpoint.includeDrafts, endpoint.coalesceSeconds, endpoint.enabled);
        WebhookInput patched = JsonBodies.convert(json, MergePatch.apply(json.valueToTree(current), patch),
                WebhookInput.class);
        if (patched.kind() != null && !patched.kind().equals(endpoint.kind)) {
            throw ProblemException.invalid("kind", "cannot change after registration; register a new endpoint instead");
        }
        patched = new WebhookInput(endpoint.kind, patched.url(), patched.events(), patched.description(),
                patched.includeDrafts(), patched.coalesceSeconds(), patched.enabled());
        boolean urlChanged = patched.url() != null && !patched.url().strip().equals(endpoint.url);
        apply(endpoint, rules.check(patched, urlChanged), time.now());
        return Optional.of(WebhookViews.of(endpoint));
    }

    @Transactional
    public boolean deleteEndpoint(UUID id) {
        return WebhookEndpoint.deleteById(id);
    }

    /** A new secret, in this answer only; deliveries from now on are signed with it. */
    @Transactional
    public Optional<WebhookView> rotateSecret(UUID id) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id).map(endpoint -> {
            endpoint.secret = WebhookSigner.newSecret();
            endpoint.updatedAt = time.now();
            return WebhookViews.withSecret(endpoint);
        });
    }

    private static void apply(WebhookEndpoint endpoint, WebhookRules.Checked checked, Instant now) {
        endpoint.url = checked.url();
        endpoint.events = new ArrayList<>(checked.events());
        endpoint.description = checked.description();
        endpoint.includeDrafts = checked.includeDrafts();
        endpoint.coalesceSeconds = checked.coalesceSeconds();
        if (checked.enabled() && !endpoint.enabled) {
            endpoint.disabledReason = null;
            endpoint.disabledAt = null;
            endpoint.failingSince = null;
        } else if (!checked.enabled() && endpoint.enabled) {
            endpoint.disabledReason = "Disabled by an admin";
            endpoint.disabledAt = now;
        }
        endpoint.enabled = checked.enabled();
        endpoint.updatedAt = now;
    }
}
