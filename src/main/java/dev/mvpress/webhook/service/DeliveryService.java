package dev.mvpress.webhook.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.web.ProblemException;
import dev.mvpress.webhook.WebhookEndpoint;
import dev.mvpress.webhook.WebhookEvents;
import dev.mvpress.webhook.api.DeliveryView;
import dev.mvpress.webhook.rest.WebhookViews;

/** An endpoint's deliveries: listed newest first, one with its attempts, redelivered by hand, and the ping. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryService {

    public static final Set<String> STATES = Set.of("pending", "delivered", "failed", "superseded");

    private final WebhookQueries queries;
    private final TimeSource time;
    private final ObjectMapper json;

    DeliveryService(WebhookQueries queries, TimeSource time, ObjectMapper json) {
        this.queries = queries;
        this.time = time;
        this.json = json;
    }

    /** A keyset page of the endpoint's deliveries, newest first; empty when there is no such endpoint. */
    public Optional<Page<DeliveryView>> findDeliveries(UUID endpoint, String state, String after, int size) {
        if (state != null && !STATES.contains(state)) {
            throw ProblemException.invalid("state", "'" + state + "' is not one of pending, delivered, failed, superseded");
        }
        DeliveryCursor cursor = after == null ? null : DeliveryCursor.decode(after);
        if (WebhookEndpoint.findById(endpoint) == null) {
            return Optional.empty();
        }
        List<Object[]> rows = queries.deliveries(endpoint, state, cursor == null ? null : cursor.createdAt(),
                cursor == null ? null : cursor.id(), size + 1);
        boolean more = rows.size() > size;
        List<DeliveryView> items = rows.stream().limit(size).map(WebhookViews::delivery).toList();
        String next = null;
        if (more) {
            DeliveryView last = items.get(items.size() - 1);
            next = new DeliveryCursor(last.createdAt(), UUID.fromString(last.id())).encode();
        }
        return Optional.of(Page.afterCursor(items, size, next));
    }

    /** The delivery with its attempts and the body it sends. */
    public Optional<DeliveryView> findDelivery(UUID endpoint, UUID id) {
        return queries.delivery(endpoint, id).map(row -> {
            DeliveryView view = WebhookViews.delivery(row);
            return WebhookViews.detailed(view, queries.attempts(id).stream().map(WebhookViews::attempt).toList(),
                    view.messageId() == null ? null : queries.payload(view.messageId()));
        });
    }

    /** The delivery is pending again and due now, whatever its state; a failed one gets one more attempt. */
    @Transactional
    public Optional<DeliveryView> redeliver(UUID endpoint, UUID id) {
        requireEnabled(endpoint);
        if (queries.redeliver(endpoint, id, time.now()) == 0) {
            return Optional.empty();
        }
        return queries.delivery(endpoint, id).map(WebhookViews::delivery);
    }

    /**
     * A webhook.ping message to this endpoint only, due now, so that an admin can check a receiver; for a deploy
     * hook, its open batch is due now (a build starts).
     */
    @Transactional
    public Optional<DeliveryView> ping(UUID id) {
        Optional<WebhookEndpoint> found = requireEnabled(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WebhookEndpoint endpoint = found.get();
        Instant now = time.now();
        if (endpoint.kind.equals(WebhookEndpoint.DEPLOY_HOOK)) {
            queries.deployNow(endpoint.id, WebhookEvents.PING, now);
            return queries.openBatch(endpoint.id).map(WebhookViews::delivery);
        }
        ObjectNode payload = json.createObjectNode().put("type", WebhookEvents.PING).put("timestamp", now.toString());
        payload.putObject("data").put("endpointId", endpoint.id.toString());
        String messageId = WebhookSigner.newMessageId();
        queries.insertMessage(messageId, WebhookEvents.PING, "endpoint", endpoint.id, endpoint.includeDrafts ? "drafts"
                : "public", payload.toString(), now);
        UUID delivery = UUID.randomUUID();
        queries.insertDelivery(delivery, endpoint.id, messageId, WebhookEvents.PING, now);
        return queries.delivery(endpoint.id, delivery).map(WebhookViews::delivery);
    }

    /** The endpoint, if any; a 409 when it is disabled, since nothing would be sent. */
    private static Optional<WebhookEndpoint> requireEnabled(UUID id) {
        Optional<WebhookEndpoint> endpoint = WebhookEndpoint.findByIdOptional(id);
        if (endpoint.isPresent() && !endpoint.get().enabled) {
            throw ProblemException.conflict("enabled", "the endpoint is disabled, so nothing would be sent; enable it"
                    + " first with PATCH {\"enabled\": true}");
        }
        return endpoint;
    }
}
