package dev.mvpress.webhook;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.StandardWebhooks;
import dev.mvpress.support.WebhookReceiver;

/**
 * The whole path a user relies on, through the API only: a write, the tick (POST /api/tick, as a platform
 * scheduler calls it), and a real receiver on 127.0.0.1 that checks the Standard Webhooks signature, with
 * the author's real content (several tags, non-ASCII, code and a table). Readers' endpoints never see a
 * draft; a scheduled post fires post.published once its time has come; a deploy hook is called exactly
 * once for a burst of changes.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class WebhookEndToEndTest {

    private static final String BODY = """
            ## Grüße aus Zürich

            Ein Beitrag über *Webhooks* – mit Code:

            ```csharp
            app.MapPost("/hooks", (HttpRequest r) => Results.Ok());
            ```

            | Ereignis | Wann |
            |---|---|
            | post.published | sofort |
            """;

    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aPublishedPostUpdateAndDeleteReachReadersEndpointsSignedAndDraftsDoNot() throws Exception {
        String path = "/readers-" + unique();
        String draftsPath = "/drafts-" + unique();
        receiver.on(path, WebhookReceiver.status(200)).on(draftsPath, WebhookReceiver.status(204));
        JsonPath readers = Webhooks.register("{\"url\": \"" + receiver.url(path) + "\", \"events\": [\"post.*\"]}");
        JsonPath drafts = Webhooks.register("{\"url\": \"" + receiver.url(draftsPath) + "\", \"events\": [\"post.*\"],"
                + " \"includeDrafts\": true}");
        String id = unique();

        String draft = author().contentType(MARKDOWN + "; charset=UTF-8")
                .body("---\ntitle: Entwurf « " + id + " »\ntags: [webhooks, zürich, dotnet]\n---\n" + BODY)
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String published = author().contentType(MARKDOWN + "; charset=UTF-8")
                .body("---\ntitle: Veröffentlicht « " + id + " »\ntags: [webhooks, zürich, dotnet]\ndraft: false\n---\n" + BODY)
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        tick();

        List<WebhookReceiver.Received> got = receiver.received(path);
        assertEquals(1, got.size(), "readers get the published post, not the draft: " + texts(got));
        WebhookReceiver.Received event = got.get(0);
        assertNull(StandardWebhooks.verify(readers.getString("secret"), event));
        assertEquals("ok", StandardWebhooks.verifyWithNode(readers.getString("secret"), event));
        JsonPath body = new JsonPath(event.text());
        assertEquals("post.published", body.getString("type"));
        assertEquals(published, body.getString("data.slug"));
        assertEquals("Veröffentlicht « " + id + " »", body.getString("data.title"));
        assertEquals(List.of("webhooks", "zurich", "dotnet"), body.getList("data.tags.slug"));
        assertTrue(body.getString("data.html").contains("<table>"), body.getString("data.html"));
        assertFalse(event.text().contains("Entwurf"), "a draft reached a readers' endpoint");

        List<WebhookReceiver.Received> forDrafts = receiver.received(draftsPath);
        assertEquals(2, forDrafts.size(), texts(forDrafts));
        assertTrue(forDrafts.stream().allMatch(r -> StandardWebhooks.verify(drafts.getString("secret"), r) == null));
        assertTrue(forDrafts.stream().anyMatch(r -> r.text().contains("Entwurf « " + id + " »")
                && r.text().contains("\"status\":\"draft\"")), texts(forDrafts));
        assertTrue(forDrafts.stream().anyMatch(r -> r.text().contains(draft)), texts(forDrafts));

        author().contentType(ContentType.JSON).body("{\"title\": \"Überarbeitet « " + id + " »\"}")
                .patch("/api/posts/" + published).then().statusCode(200);
        tick();
        got = receiver.received(path);
        assertEquals(2, got.size(), texts(got));
        JsonPath updated = new JsonPath(got.get(1).text());
        assertEquals("post.updated", updated.getString("type"));
        assertEquals("Überarbeitet « " + id + " »", updated.getString("data.title"));

        author().delete("/api/posts/" + published).then().statusCode(204);
        tick();
        got = receiver.received(path);
        assertEquals(3, got.size(), texts(got));
        JsonPath tombstone = new JsonPath(got.get(2).text());
        assertEquals("post.deleted", tombstone.getString("type"));
        assertEquals(published, tombstone.getString("data.slug"));
        assertNull(tombstone.get("data.title"), "a deleted post's event is a tombstone");
        // Every message has its own id; a tick again sends nothing more.
        assertEquals(3, got.stream().map(r -> r.header("webhook-id")).distinct().count());
        tick();
        assertEquals(3, receiver.received(path).size());
        Webhooks.delete(readers.getString("id"));
        Webhooks.delete(drafts.getString("id"));
    }

    @Test
    void aScheduledPostFiresPostPublishedOnceItsTimeHasComeAtTheNextTick() throws Exception {
        String path = "/scheduled-" + unique();
        receiver.on(path, WebhookReceiver.status(200));
        JsonPath endpoint = Webhooks.register("{\"url\": \"" + receiver.url(path) + "\", \"events\": [\"post.published\"]}");
        Instant at = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        String slug = author().contentType(MARKDOWN + "; charset=UTF-8")
                .body("---\ntitle: Geplant für später " + unique() + "\ntags: [webhooks, zürich]\npublishedAt: " + at
                        + "\nstatus: scheduled\n---\n" + BODY)
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        tick();
        assertEquals(0, receiver.received(path).size(), "nothing before its time");

        Thread.sleep(Math.max(0, at.toEpochMilli() - System.currentTimeMillis()) + 300);
        tick();
        List<WebhookReceiver.Received> got = receiver.received(path);
        assertEquals(1, got.size());
        JsonPath body = new JsonPath(got.get(0).text());
        assertEquals("post.published", body.getString("type"));
        assertEquals(slug, body.getString("data.slug"));
        assertEquals(at, Instant.parse(body.getString("timestamp")));
        assertNull(StandardWebhooks.verify(endpoint.getString("secret"), got.get(0)));
        tick();
        assertEquals(1, receiver.received(path).size(), "went live once");
        Webhooks.delete(endpoint.getString("id"));
    }

    @Test
    void aDeployHookIsCalledExactlyOnceForABurstOfChanges() throws Exception {
        String path = "/deploy-" + unique();
        receiver.on(path, WebhookReceiver.status(201));
        JsonPath hook = Webhooks.register("{\"kind\": \"deploy-hook\", \"url\": \"" + receiver.url(path) + "\","
                + " \"events\": [\"post.*\"], \"coalesceSeconds\": 2}");
        Instant first = Instant.now();
        String slug = null;
        for (int i = 0; i < 5; i++) {
            slug = author().contentType(MARKDOWN + "; charset=UTF-8")
                    .body("---\ntitle: Stapel " + i + " – " + unique() + "\ntags: [webhooks, zürich]\ndraft: false\n---\n"
                            + BODY)
                    .post("/api/posts").then().statusCode(201).extract().path("slug");
        }
        author().contentType(ContentType.JSON).body("{\"description\": \"Geändert\"}").patch("/api/posts/" + slug)
                .then().statusCode(200);
        tick();
        if (Instant.now().isBefore(first.plusSeconds(2))) {
            assertEquals(0, receiver.received(path).size(), "called before the window closed");
        }
        Thread.sleep(2500);
        tick();
        tick();
        List<WebhookReceiver.Received> calls = receiver.received(path);
        assertEquals(1, calls.size(), "one build for the burst");
        assertEquals(0, calls.get(0).body().length);
        List<Object> deliveries = author().get("/api/webhooks/" + hook.getString("id") + "/deliveries").then()
                .statusCode(200).extract().path("items.eventCount");
        assertEquals(List.of(6), deliveries);

        // A change after the call opens the next window: one more build.
        author().contentType(ContentType.JSON).body("{\"description\": \"Noch einmal\"}").patch("/api/posts/" + slug)
                .then().statusCode(200);
        tick();
        Thread.sleep(2500);
        tick();
        assertEquals(2, receiver.received(path).size());
        Webhooks.delete(hook.getString("id"));
    }

    private static void tick() {
        author().post("/api/tick").then().statusCode(200);
    }

    private static String texts(List<WebhookReceiver.Received> received) {
        return received.stream().map(WebhookReceiver.Received::text).toList().toString();
    }
}
