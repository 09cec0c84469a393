package dev.mvpress.webhook;

import static dev.mvpress.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;
import dev.mvpress.support.StandardWebhooks;
import dev.mvpress.support.WebhookReceiver;
import dev.mvpress.support.WebhookRows;
import dev.mvpress.webhook.service.DeliveryClaims;
import dev.mvpress.webhook.service.DeliveryStep;
import dev.mvpress.webhook.service.PruneStep;

/**
 * Several callers at once, an instance that dies mid-delivery, deploy hooks (empty body, superseded batches)
 * and pruning: what the claims, the lease and the claim-guarded outcome are for.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class DeliveryClaimTest {

    static WebhookReceiver receiver;

    @Inject
    DeliveryStep step;

    @Inject
    DeliveryClaims claims;

    @Inject
    PruneStep prune;

    FixedTime clock;
    final List<String> endpoints = new ArrayList<>();

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @BeforeEach
    void freezeTime() {
        clock = new FixedTime(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        QuarkusMock.installMockForType(clock, TimeSource.class);
    }

    @AfterEach
    void deleteEndpoints() {
        endpoints.forEach(Webhooks::delete);
    }

    private String[] endpoint(String body, WebhookReceiver.Responder responder) {
        String path = "/" + unique() + "/hook";
        receiver.on(path, responder);
        JsonPath created = Webhooks.register(body.replace("URL", receiver.url(path)));
        endpoints.add(created.getString("id"));
        return new String[]{created.getString("id"), created.getString("secret"), path};
    }

    private OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Test
    void twoCallersTickingAtOnceDeliverEachDeliveryOnce() throws Exception {
        // A slowish receiver, so that both callers are busy at the same time.
        String[] e = endpoint("{\"url\": \"URL\"}", n -> new WebhookReceiver.Reply(200, 50, null));
        List<String> deliveries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            deliveries.add(Webhooks.ping(e[0]));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Map<String, Integer>>> callers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            callers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                return step.run(clock.now());
            }));
        }
        go.countDown();
        int delivered = 0;
        for (CompletableFuture<Map<String, Integer>> caller : callers) {
            delivered += caller.get().get("delivered");
        }
        List<WebhookReceiver.Received> got = receiver.received(e[2]);
        Map<String, Long> perMessage = got.stream()
                .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
        assertEquals(40, perMessage.size());
        assertTrue(perMessage.values().stream().allMatch(n -> n == 1), perMessage.toString());
        assertTrue(delivered >= 40, "delivered " + delivered);
        for (String delivery : deliveries) {
            JsonPath detail = Webhooks.delivery(e[0], delivery);
            assertEquals("delivered", detail.getString("state"));
            assertEquals(1, detail.getInt("attempts"));
        }
    }

    @Test
    void aClaimWhoseLeaseRanOutIsRetriedAndTheLateResultDoesNotOverwrite() {
        String[] e = endpoint("{\"url\": \"URL\"}", WebhookReceiver.status(200));
        String delivery = Webhooks.ping(e[0]);
        // An instance claims the delivery and dies before it records anything.
        DeliveryClaims.Claimed dead = claims.claim(clock.now(), 100).stream()
                .filter(c -> c.id().toString().equals(delivery)).findFirst().orElseThrow();
        assertEquals("pending", Webhooks.delivery(e[0], delivery).getString("state"));
        step.run(clock.now());
        assertEquals(0, receiver.received(e[2]).size(), "claimed: nobody else sends it during the lease");

        clock.advanceTo(clock.now().plusSeconds(6));
        step.run(clock.now());
        JsonPath detail = Webhooks.delivery(e[0], delivery);
        assertEquals("delivered", detail.getString("state"));
        assertEquals(2, detail.getInt("attempts"));
        assertEquals(1, receiver.received(e[2]).size());
        // The lost attempt is in the log, failed, saying why; the retry is the second.
        assertEquals(List.of("failed", "delivered"), detail.getList("attemptLog.outcome"));
        assertTrue(detail.getString("attemptLog[0].error").contains("stopped before its claim lapsed"),
                detail.getString("attemptLog[0].error"));

        // The dead instance's attempt ends after all: its result is recorded as an attempt but changes nothing.
        DeliveryClaims.Result late = claims.record(dead, new DeliveryClaims.Outcome(false, 500, "The receiver answered"
                + " HTTP 500", clock.now(), 10), clock.now());
        assertEquals(DeliveryClaims.Result.STALE, late);
        detail = Webhooks.delivery(e[0], delivery);
        assertEquals("delivered", detail.getString("state"));
        assertNull(detail.get("lastError"));
        assertEquals(List.of(1, 2), detail.getList("attemptLog.attempt"));
        assertNull((Object) Webhooks.delivery(e[0], delivery).get("nextAttemptAt"));
    }

    @Test
    void aDeployHookPostsAnEmptySignedBodyForACoalescedBatch() throws Exception {
        String[] e = endpoint("{\"kind\": \"deploy-hook\", \"url\": \"URL\", \"events\": [\"post.*\"]}",
                WebhookReceiver.status(201));
        UUID batch = UUID.randomUUID();
        WebhookRows.update("insert into webhook_delivery (id, endpoint_id, message_id, event_count, event_type, state,"
                + " attempts, next_attempt_at, created_at) values (?, ?, null, 3, 'post.published', 'pending', 0, ?, ?)",
                batch, UUID.fromString(e[0]), at(clock.now()), at(clock.now()));
        Map<String, Integer> counts = Webhooks.tick(clock.now());
        assertTrue(counts.get("delivered") >= 1, counts.toString());
        WebhookReceiver.Received request = receiver.received(e[2]).get(0);
        assertEquals(0, request.body().length);
        assertNull(request.header("content-type"));
        assertEquals("msg_" + batch, request.header("webhook-id"));
        assertNull(StandardWebhooks.verify(e[1], request));
        assertEquals("ok", StandardWebhooks.verifyWithNode(e[1], request));
        JsonPath detail = Webhooks.delivery(e[0], batch.toString());
        assertEquals("delivered", detail.getString("state"));
        assertEquals(3, detail.getInt("eventCount"));
        assertNull((Object) detail.get("payload"));
        assertNull((Object) detail.get("messageId"));

        // A ping to a deploy hook starts a build at the next tick.
        String ping = Webhooks.ping(e[0]);
        JsonPath pinged = Webhooks.delivery(e[0], ping);
        assertEquals("webhook.ping", pinged.getString("eventType"));
        assertEquals(clock.now().toString(), pinged.getString("nextAttemptAt"));
        Webhooks.tick(clock.now());
        assertEquals(2, receiver.received(e[2]).size());
        assertEquals(0, receiver.received(e[2]).get(1).body().length);
        assertEquals("delivered", Webhooks.delivery(e[0], ping).getString("state"));
    }

    @Test
    void aFailedDeployBatchIsSupersededByALaterOne() throws Exception {
        String[] e = endpoint("{\"kind\": \"deploy-hook\", \"url\": \"URL\"}", WebhookReceiver.sequence(502, 200));
        UUID old = UUID.randomUUID();
        Instant t0 = clock.now();
        WebhookRows.update("insert into webhook_delivery (id, endpoint_id, message_id, event_count, event_type, state,"
                + " attempts, next_attempt_at, created_at) values (?, ?, null, 2, 'post.updated', 'pending', 0, ?, ?)",
                old, UUID.fromString(e[0]), at(t0), at(t0.minusSeconds(60)));
        step.run(t0);
        assertEquals("pending", Webhooks.delivery(e[0], old.toString()).getString("state"));

        // Events after the failure open a new batch, due when its window closes (after the old one's retry).
        UUID newer = UUID.randomUUID();
        WebhookRows.update("insert into webhook_delivery (id, endpoint_id, message_id, event_count, event_type, state,"
                + " attempts, next_attempt_at, created_at) values (?, ?, null, 1, 'tag.updated', 'pending', 0, ?, ?)",
                newer, UUID.fromString(e[0]), at(t0.plusSeconds(60)), at(t0.plusSeconds(1)));
        clock.advanceTo(t0.plusSeconds(5));
        Map<String, Integer> counts = step.run(clock.now());
        assertEquals("superseded", Webhooks.delivery(e[0], old.toString()).getString("state"));
        assertEquals(1, receiver.received(e[2]).size(), "the superseded batch is not sent again: " + counts);

        clock.advanceTo(t0.plusSeconds(60));
        step.run(clock.now());
        assertEquals("delivered", Webhooks.delivery(e[0], newer.toString()).getString("state"));
        assertEquals(2, receiver.received(e[2]).size());

        // A batch whose attempt fails while a later one exists is superseded at once, not retried.
        UUID third = UUID.randomUUID();
        UUID fourth = UUID.randomUUID();
        receiver.on(e[2], WebhookReceiver.status(500));
        WebhookRows.update("insert into webhook_delivery (id, endpoint_id, message_id, event_count, event_type, state,"
                + " attempts, next_attempt_at, created_at) values (?, ?, null, 1, 'post.deleted', 'pending', 0, ?, ?)",
                third, UUID.fromString(e[0]), at(clock.now()), at(clock.now().minusSeconds(2)));
        WebhookRows.update("insert into webhook_delivery (id, endpoint_id, message_id, event_count, event_type, state,"
                + " attempts, next_attempt_at, created_at) values (?, ?, null, 1, 'post.deleted', 'delivered', 1, null, ?)",
                fourth, UUID.fromString(e[0]), at(clock.now().minusSeconds(1)));
        step.run(clock.now());
        JsonPath superseded = Webhooks.delivery(e[0], third.toString());
        assertEquals("superseded", superseded.getString("state"));
        assertEquals(500, superseded.getInt("lastStatus"));
        assertEquals(3, receiver.received(e[2]).size());
    }

    @Test
    void oldDeliveredDeliveriesAndTheirMessagesArePrunedButFailedOnesStay() throws Exception {
        String[] e = endpoint("{\"url\": \"URL\"}", WebhookReceiver.status(200));
        Instant longAgo = clock.now().minus(Duration.ofDays(31));
        Map<String, String> made = new HashMap<>();
        for (String state : List.of("delivered", "failed", "superseded")) {
            String message = "msg_prune" + unique() + state;
            UUID delivery = UUID.randomUUID();
            WebhookRows.update("insert into webhook_message (id, type, entity, entity_id, audience, occurred_at, payload,"
                    + " created_at) values (?, 'tag.updated', 'tag', ?, 'public', ?, '{\"type\": \"tag.updated\"}', ?)",
                    message, UUID.randomUUID(), at(longAgo), at(longAgo));
            WebhookRows.update("insert into webhook_delivery (id, endpoint_id, message_id, event_type, state, attempts,"
                    + " created_at, delivered_at) values (?, ?, ?, 'tag.updated', ?, 1, ?, ?)", delivery,
                    UUID.fromString(e[0]), message, state, at(longAgo), state.equals("delivered") ? at(longAgo) : null);
            WebhookRows.update("insert into webhook_attempt (delivery_id, attempt, started_at, duration_ms, outcome)"
                    + " values (?, 1, ?, 12, ?)", delivery, at(longAgo), state.equals("delivered") ? "delivered" : "failed");
            made.put(state, delivery + " " + message);
        }
        String recent = Webhooks.ping(e[0]);
        step.run(clock.now());

        Map<String, Integer> counts = prune.run(clock.now());
        assertTrue(counts.get("prunedDeliveries") >= 2, counts.toString());
        assertTrue(counts.get("prunedMessages") >= 2, counts.toString());
        for (var entry : made.entrySet()) {
            String[] ids = entry.getValue().split(" ");
            boolean kept = entry.getKey().equals("failed");
            assertEquals(kept ? 1 : 0, WebhookRows.query("select 1 from webhook_delivery where id = ?",
                    UUID.fromString(ids[0])).size(), entry.getKey());
            assertEquals(kept ? 1 : 0, WebhookRows.query("select 1 from webhook_attempt where delivery_id = ?",
                    UUID.fromString(ids[0])).size(), entry.getKey());
            assertEquals(kept ? 1 : 0, WebhookRows.query("select 1 from webhook_message where id = ?", ids[1]).size(),
                    entry.getKey());
        }
        assertEquals("delivered", Webhooks.delivery(e[0], recent).getString("state"));
    }
}
