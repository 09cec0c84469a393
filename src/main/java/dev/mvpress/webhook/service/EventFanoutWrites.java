package dev.mvpress.webhook.service;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.webhook.WebhookConfig;
import dev.mvpress.webhook.service.EventFanoutRules.Endpoint;

/**
 * Writes a batch's events: a message per event that some endpoint wants (a went-live event already
 * recorded by the other path is skipped by its dedupe key), a delivery per webhook endpoint that wants
 * it, and for deploy hooks the events added to their open batch. Three statements whatever the count.
 */
@ApplicationScoped
class EventFanoutWrites {

    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final EventQueries queries;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    EventFanoutWrites(EventQueries queries, WebhookConfig config, ObjectMapper json) {
        this.queries = queries;
        this.config = config;
        this.json = json;
    }

    /** One event for one audience, with the exact body its deliveries send. */
    record Event(String type, String audience, String entity, UUID id, Instant at, String dedupeKey, String payload) {
    }

    /** What a batch wrote. */
    record Written(int messages, int deliveries, int deployHookEvents) {
        static final Written NONE = new Written(0, 0, 0);
    }

    private record Message(String id, Event event, List<Endpoint> to) {
    }

    /** A deploy hook's share of a batch: how many events, the first one's type and time. */
    private record Batch(Endpoint endpoint, int events, String type, Instant first) {
    }

    Written write(List<Event> events, List<Endpoint> endpoints, Instant now) {
        List<Message> messages = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Event event : events) {
            List<Endpoint> to = endpoints.stream().filter(e -> e.wants(event.audience(), event.type(), event.at())).toList();
            if (to.isEmpty()) {
                continue;
            }
            Message message = new Message(messageId(), event, to);
            messages.add(message);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", message.id());
            row.put("type", event.type());
            row.put("entity", event.entity());
            row.put("entity_id", event.id().toString());
            row.put("audience", event.audience());
            row.put("occurred_at", event.at().toString());
            row.put("dedupe_key", event.dedupeKey());
            row.put("payload", event.payload());
            rows.add(row);
        }
        if (messages.isEmpty()) {
            return Written.NONE;
        }
        Set<String> inserted = new HashSet<>(queries.insertMessages(text(rows), now));
        List<Map<String, Object>> deliveries = new ArrayList<>();
        Map<UUID, Batch> batches = new LinkedHashMap<>();
        for (Message message : messages) {
            if (!inserted.contains(message.id())) {
                continue;
            }
            for (Endpoint endpoint : message.to()) {
                if (endpoint.deployHook()) {
                    Batch batch = batches.get(endpoint.id());
                    batches.put(endpoint.id(),
                            batch == null ? new Batch(endpoint, 1, message.event().type(), message.event().at())
                                    : new Batch(endpoint, batch.events() + 1, batch.type(), batch.first()));
                } else {
                    deliveries.add(Map.of("endpoint_id", endpoint.id().toString(), "message_id", message.id(), "type",
                            message.event().type()));
                }
            }
        }
        int delivered = deliveries.isEmpty() ? 0 : queries.insertDeliveries(text(deliveries), now);
        int deployEvents = 0;
        if (!batches.isEmpty()) {
            List<Map<String, Object>> upserts = new ArrayList<>();
            for (Batch batch : batches.values()) {
                Integer own = batch.endpoint().coalesceSeconds();
                Duration window = own == null ? config.deployHookWindow() : Duration.ofSeconds(own);
                upserts.add(Map.of("endpoint_id", batch.endpoint().id().toString(), "events", batch.events(), "type",
                        batch.type(), "due", batch.first().plus(window).toString()));
                deployEvents += batch.events();
            }
            queries.upsertBatches(text(upserts), now);
        }
        return new Written(inserted.size(), delivered, deployEvents);
    }

    /** A Standard Webhooks message id: msg_ and 24 random base62 characters (about 143 bits). */
    private String messageId() {
        StringBuilder id = new StringBuilder("msg_");
        for (int i = 0; i < 24; i++) {
            id.append(BASE62[random.nextInt(BASE62.length)]);
        }
        return id.toString();
    }

    private String text(List<Map<String, Object>> rows) {
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fan-out rows could not be written as JSON", e);
        }
    }
}
