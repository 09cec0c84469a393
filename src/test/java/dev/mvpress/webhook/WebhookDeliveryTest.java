package dev.mvpress.webhook;

import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;
import dev.mvpress.support.StandardWebhooks;
import dev.mvpress.support.WebhookReceiver;
import dev.mvpress.support.WebhookRows;

/**
 * Deliveries to a real receiver on 127.0.0.1: signed as Standard Webhooks says (checked by a verifier written
 * from the specification and by the npm package), retried on the schedule after 500s and timeouts with every
 * attempt recorded, redelivered by hand, refused targets, redirects not followed, and an endpoint that fails
 * for a day disabled with the reason.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class WebhookDeliveryTest {

    static WebhookReceiver receiver;

    @Inject
    ObjectMapper json;

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

    /** A webhook on a path of its own: answers (id, secret, path). */
    private String[] endpoint(WebhookReceiver.Responder responder) {
        String path = "/" + unique() + "/hook";
        receiver.on(path, responder);
        JsonPath created = Webhooks.registerWebhook(receiver.url(path));
        endpoints.add(created.getString("id"));
        return new String[]{created.getString("id"), created.getString("secret"), path};
    }

    private void advance(Duration by) {
        clock.advanceTo(clock.now().plus(by));
    }

    @Test
    void aPingArrivesSignedAsStandardWebhooksSays() throws Exception {
        String[] e = endpoint(WebhookReceiver.status(204));
        String delivery = Webhooks.ping(e[0]);
        assertEquals("pending", Webhooks.delivery(e[0], delivery).getString("state"));
        Webhooks.tick(clock.now());

        List<WebhookReceiver.Received> got = receiver.received(e[2]);
        assertEquals(1, got.size());
        WebhookReceiver.Received request = got.get(0);
        assertEquals("POST", request.method());
        assertEquals("application/json", request.header("content-type"));
        assertTrue(request.header("user-agent").startsWith("MVPress-Webhooks/"), request.header("user-agent"));
        assertTrue(request.header("webhook-id").startsWith("msg_"), request.header("webhook-id"));
        assertTrue(request.header("webhook-signature").startsWith("v1,"), request.header("webhook-signature"));
        JsonNode body = json.readTree(request.body());
        assertEquals("webhook.ping", body.get("type").asText());
        assertEquals(e[0], body.get("data").get("endpointId").asText());
        assertEquals(clock.now().toString(), body.get("timestamp").asText());
        assertNull(StandardWebhooks.verify(e[1], request));

        JsonPath detail = Webhooks.delivery(e[0], delivery);
        assertEquals("delivered", detail.getString("state"));
        assertEquals(request.header("webhook-id"), detail.getString("messageId"));
        assertEquals(1, detail.getList("attemptLog").size());
        assertEquals(204, detail.getInt("attemptLog[0].statusCode"));
        assertEquals("delivered", detail.getString("attemptLog[0].outcome"));
        assertEquals(e[0], detail.getString("payload.data.endpointId"));
        assertEquals("ok", StandardWebhooks.verifyWithNode(e[1], request));
    }

    @Test
    void aLongNonAsciiBodyIsSentAsStoredAndVerifiesByteForByte() throws Exception {
        String[] e = endpoint(WebhookReceiver.status(200));
        String title = "Grüße aus Zürich — 東京での講演 🚀 «Ünïcödé»";
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            html.append("<p>Absatz ").append(i).append(": Ärger über Übergrößen, naïve café, 日本語の段落 ").append(i)
                    .append(" 🎉</p>");
        }
        String payload = json.writeValueAsString(json.createObjectNode().put("type", "post.published")
                .put("timestamp", clock.now().toString())
                .set("data", json.createObjectNode().put("slug", "grusse-aus-zurich").put("title", title)
                        .put("html", html.toString())));
        String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        UUID delivery = UUID.randomUUID();
        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
        WebhookRows.update("insert into webhook_message (id, type, entity, entity_id, audience, occurred_at, payload,"
                + " created_at) values (?, 'post.published', 'post', ?, 'public', ?, ?, ?)", messageId, UUID.randomUUID(),
                now, payload, now);
        WebhookRows.update("insert into webhook_delivery (id, endpoint_id, message_id, event_type, state, attempts,"
                + " next_attempt_at, created_at) values (?, ?, ?, 'post.published', 'pending', 0, ?, ?)", delivery,
                UUID.fromString(e[0]), messageId, now, now);
        Webhooks.tick(clock.now());

        WebhookReceiver.Received request = receiver.received(e[2]).get(0);
        assertTrue(request.body().length > 100_000, "a long body: " + request.body().length + " bytes");
        assertEquals(payload, request.text());
        assertEquals(messageId, request.header("webhook-id"));
        assertEquals(title, json.readTree(request.body()).get("data").get("title").asText());
        assertNull(StandardWebhooks.verify(e[1], request));
        assertEquals("ok", StandardWebhooks.verifyWithNode(e[1], request));
        // A wrong secret or a changed byte is refused by both.
        JsonPath otherEndpoint = Webhooks.registerWebhook(receiver.url("/elsewhere"));
        endpoints.add(otherEndpoint.getString("id"));
        String other = otherEndpoint.getString("secret");
        assertNotEquals(null, StandardWebhooks.verify(other, request));
        assertTrue(StandardWebhooks.verifyWithNode(other, request).startsWith("refused"));
        byte[] tampered = request.body().clone();
        tampered[tampered.length - 3] ^= 1;
        WebhookReceiver.Received changed = new WebhookReceiver.Received(request.method(), request.path(), request.headers(),
                tampered);
        assertNotEquals(null, StandardWebhooks.verify(e[1], changed));
        assertTrue(StandardWebhooks.verifyWithNode(e[1], changed).startsWith("refused"));
    }

    @Test
    void failedAttemptsAreRetriedOnTheScheduleAndEachIsRecorded() {
        String[] e = endpoint(WebhookReceiver.sequence(500, 503, 200));
        String delivery = Webhooks.ping(e[0]);
        Webhooks.tick(clock.now());
        JsonPath first = Webhooks.delivery(e[0], delivery);
        assertEquals("pending", first.getString("state"));
        assertEquals(1, first.getInt("attempts"));
        assertEquals(500, first.getInt("lastStatus"));
        assertEquals("The receiver answered HTTP 500", first.getString("lastError"));
        assertEquals(clock.now().plusSeconds(5).toString(), first.getString("nextAttemptAt"));
        author().get("/api/webhooks/" + e[0]).then().body("failingSince", equalTo(clock.now().toString()));

        // Not due yet: nothing is sent.
        Webhooks.tick(clock.now().plusSeconds(4));
        assertEquals(1, receiver.received(e[2]).size());

        advance(Duration.ofSeconds(5));
        Webhooks.tick(clock.now());
        assertEquals(clock.now().plus(Duration.ofMinutes(5)).toString(),
                Webhooks.delivery(e[0], delivery).getString("nextAttemptAt"));
        advance(Duration.ofMinutes(5));
        Webhooks.tick(clock.now());

        JsonPath done = Webhooks.delivery(e[0], delivery);
        assertEquals("delivered", done.getString("state"));
        assertEquals(List.of(500, 503, 200), done.getList("attemptLog.statusCode"));
        assertEquals(List.of("failed", "failed", "delivered"), done.getList("attemptLog.outcome"));
        List<WebhookReceiver.Received> got = receiver.received(e[2]);
        assertEquals(3, got.size());
        // The same message every time: same id and bytes, each attempt signed with its own timestamp.
        assertEquals(1, got.stream().map(r -> r.header("webhook-id")).distinct().count());
        assertEquals(1, got.stream().map(WebhookReceiver.Received::text).distinct().count());
        got.forEach(r -> assertNull(StandardWebhooks.verify(e[1], r)));
        author().get("/api/webhooks/" + e[0]).then().body("failingSince", equalTo(null));

        author().get("/api/webhooks/" + e[0] + "/deliveries?state=delivered").then().statusCode(200)
                .body("items.id", equalTo(List.of(delivery)));
        author().get("/api/webhooks/" + e[0] + "/deliveries?state=pending").then().statusCode(200)
                .body("items.size()", equalTo(0));
        author().get("/api/webhooks/" + e[0] + "/deliveries?state=lost").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsAFailedAttemptThenRetried() {
        String[] e = endpoint(WebhookReceiver.slowFirst(1, 6_000, 200));
        String delivery = Webhooks.ping(e[0]);
        long start = System.nanoTime();
        Webhooks.tick(clock.now());
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(seconds < 6, "the attempt took " + seconds + " s; the timeout is 3 s");
        JsonPath first = Webhooks.delivery(e[0], delivery);
        assertEquals("pending", first.getString("state"));
        assertEquals("The receiver did not answer within 3 s (mvpress.webhooks.timeout)", first.getString("lastError"));
        assertNull((Object) first.get("attemptLog[0].statusCode"));
        assertTrue(first.getInt("attemptLog[0].durationMs") >= 2900, first.getString("attemptLog[0].durationMs"));

        advance(Duration.ofSeconds(5));
        Webhooks.tick(clock.now());
        assertEquals("delivered", Webhooks.delivery(e[0], delivery).getString("state"));
    }

    @Test
    void aRedirectIsAFailedAttemptAndIsNotFollowed() {
        String target = "/" + unique() + "/moved";
        receiver.on(target, WebhookReceiver.status(200));
        String[] e = endpoint(WebhookReceiver.redirect(307, receiver.url(target)));
        String delivery = Webhooks.ping(e[0]);
        Webhooks.tick(clock.now());
        JsonPath detail = Webhooks.delivery(e[0], delivery);
        assertEquals("pending", detail.getString("state"));
        assertEquals(307, detail.getInt("lastStatus"));
        assertTrue(detail.getString("lastError").contains("redirects are not followed"), detail.getString("lastError"));
        assertEquals(0, receiver.received(target).size());
    }

    @Test
    void aTargetThatResolvesToAPrivateAddressIsRefusedBeforeTheAttempt() throws Exception {
        String[] e = endpoint(WebhookReceiver.status(200));
        // As if the name had started to resolve elsewhere after registration.
        WebhookRows.update("update webhook_endpoint set url = 'http://10.0.0.1/hook' where id = ?", UUID.fromString(e[0]));
        String delivery = Webhooks.ping(e[0]);
        long start = System.nanoTime();
        Webhooks.tick(clock.now());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000, "refused without connecting");
        JsonPath detail = Webhooks.delivery(e[0], delivery);
        assertEquals("failed", detail.getString("attemptLog[0].outcome"));
        assertTrue(detail.getString("lastError").startsWith("The target URL was refused: '10.0.0.1' is on a loopback"),
                detail.getString("lastError"));
    }

    @Test
    void aDeliveryIsRedeliveredByHandWithTheSameIdAndBody() {
        String[] e = endpoint(WebhookReceiver.status(202));
        String delivery = Webhooks.ping(e[0]);
        Webhooks.tick(clock.now());
        author().post("/api/webhooks/" + e[0] + "/deliveries/" + delivery + "/redeliver").then().statusCode(202)
                .body("state", equalTo("pending")).body("nextAttemptAt", equalTo(clock.now().toString()));
        Webhooks.tick(clock.now());
        List<WebhookReceiver.Received> got = receiver.received(e[2]);
        assertEquals(2, got.size());
        assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));
        assertEquals(got.get(0).text(), got.get(1).text());
        JsonPath detail = Webhooks.delivery(e[0], delivery);
        assertEquals("delivered", detail.getString("state"));
        assertEquals(List.of(1, 2), detail.getList("attemptLog.attempt"));
        author().post("/api/webhooks/" + e[0] + "/deliveries/" + UUID.randomUUID() + "/redeliver").then().statusCode(404);
    }

    @Test
    void anEndpointFailingLongerThanDisableAfterIsDisabledWithTheReasonAndResumesWhenEnabled() {
        String[] e = endpoint(WebhookReceiver.status(500));
        Instant started = clock.now();
        String first = Webhooks.ping(e[0]);
        Webhooks.tick(clock.now());
        author().get("/api/webhooks/" + e[0]).then().body("enabled", equalTo(true))
                .body("failingSince", equalTo(started.toString()));

        // A day and a bit later the retry fails again: the endpoint has failed for longer than 24 h.
        advance(Duration.ofHours(25));
        Webhooks.tick(clock.now());
        author().get("/api/webhooks/" + e[0]).then().body("enabled", equalTo(false))
                .body("disabledAt", equalTo(clock.now().toString()))
                .body("disabledReason", containsString("has failed since " + started.toString().substring(0, 10)))
                .body("disabledReason", containsString("longer than 24 h"))
                .body("disabledReason", containsString("The receiver answered HTTP 500"));
        int attempts = receiver.received(e[2]).size();
        assertEquals(2, attempts);

        // Disabled: its pending delivery waits, and a ping is refused.
        advance(Duration.ofHours(1));
        Webhooks.tick(clock.now());
        assertEquals(attempts, receiver.received(e[2]).size());
        assertEquals("pending", Webhooks.delivery(e[0], first).getString("state"));
        author().post("/api/webhooks/" + e[0] + "/ping").then().statusCode(409).body("errors[0].field", equalTo("enabled"));

        receiver.on(e[2], WebhookReceiver.status(200));
        author().contentType(ContentType.JSON).body("{\"enabled\": true}").patch("/api/webhooks/" + e[0]).then()
                .statusCode(200).body("disabledReason", equalTo(null)).body("failingSince", equalTo(null));
        Webhooks.tick(clock.now());
        assertEquals("delivered", Webhooks.delivery(e[0], first).getString("state"));
    }

    @Test
    void deliveriesAreListedNewestFirstWithAKeysetCursor() {
        String[] e = endpoint(WebhookReceiver.status(200));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(0, Webhooks.ping(e[0]));
            advance(Duration.ofMillis(10));
        }
        JsonPath page1 = author().get("/api/webhooks/" + e[0] + "/deliveries?size=2").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(made.subList(0, 2), page1.getList("items.id"));
        String cursor = page1.getString("page.nextCursor");
        JsonPath page2 = author().get("/api/webhooks/" + e[0] + "/deliveries?size=2&after=" + cursor).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(made.subList(2, 4), page2.getList("items.id"));
        JsonPath page3 = author().get("/api/webhooks/" + e[0] + "/deliveries?size=2&after=" + page2.getString(
                "page.nextCursor")).then().statusCode(200).extract().jsonPath();
        assertEquals(made.subList(4, 5), page3.getList("items.id"));
        assertNull(page3.get("page.nextCursor"));
        author().get("/api/webhooks/" + e[0] + "/deliveries?after=bm9wZQ").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        author().get("/api/webhooks/" + UUID.randomUUID() + "/deliveries").then().statusCode(404);
        assertEquals("webhook.ping", page1.getString("items[0].eventType"));
        assertTrue(page1.getString("items[0].messageId").startsWith("msg_"));
    }
}
