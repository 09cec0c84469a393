package dev.mvpress.webhook;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.as;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.tokenWith;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.site.service.SiteSettings;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.Fanout;
import dev.mvpress.support.FixedTime;
import dev.mvpress.support.WebhookRows;
import dev.mvpress.support.WebhookRows.Received;

/**
 * The tick: POST /api/tick and its scope, went-live events for scheduled posts (once, whichever path
 * finds them), deploy hooks coalescing a burst into one call, two ticks at once, and the fan-out's cost.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class TickTest {

    @Inject
    EntityManagerFactory emf;

    @Inject
    SiteSettings site;

    final List<UUID> endpoints = new ArrayList<>();

    @BeforeEach
    void caughtUp() {
        Fanout.drain();
    }

    @AfterEach
    void cleanUp() {
        WebhookRows.delete(endpoints.toArray(UUID[]::new));
        // A test that moved the clock ahead moved live_until with it; later tests run at the real time.
        WebhookRows.update("update webhook_dispatch set live_until = least(live_until, now())");
    }

    UUID add(UUID endpoint) {
        endpoints.add(endpoint);
        return endpoint;
    }

    @Test
    void tickNeedsTheJobsScope() {
        anonymous().post("/api/tick").then().statusCode(401).header("WWW-Authenticate", notNullValue());
        as(tokenWith("posts:write")).post("/api/tick").then().statusCode(403);
        as(tokenWith("jobs")).post("/api/tick").then().statusCode(200).body("at", notNullValue());
        author().post("/api/tick").then().statusCode(200).body("counts.changes", notNullValue());
    }

    @Test
    void aTickIsIdempotent() {
        add(WebhookRows.webhook(false, Instant.now().minusSeconds(1), "*"));
        String jobs = tokenWith("jobs");
        createPublished("Idempotent tick in Łódź " + unique());
        as(jobs).post("/api/tick").then().statusCode(200).body("counts.messages", equalTo(2));
        as(jobs).post("/api/tick").then().statusCode(200).body("counts.messages", equalTo(0))
                .body("counts.deliveries", equalTo(0));
    }

    @Test
    void aScheduledPostGoesLiveOnceWhenTheClockPassesItsTime() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FixedTime clock = new FixedTime(start);
        QuarkusMock.installMockForType(clock, TimeSource.class);
        UUID readers = add(WebhookRows.webhook(false, start.minusSeconds(1), "post.published", "contribution.created"));
        UUID drafts = add(WebhookRows.webhook(true, start.minusSeconds(1), "post.published"));
        Instant nine = LocalDate.ofInstant(start.plus(2, ChronoUnit.HOURS), ZoneOffset.UTC).plusDays(1).atTime(9, 0)
                .toInstant(ZoneOffset.UTC);
        String id = unique();
        String slug = author().contentType(ContentType.JSON).body("{\"title\": \"Frühstück um neun " + id
                + "\", \"status\": \"scheduled\", \"publishedAt\": \"" + nine + "\", \"markdown\": \"Kaffee ☕ und Brötchen\","
                + " \"tags\": [\"breakfast-" + id + "\", \"zeit-" + id + "\"]}").post("/api/posts").then().statusCode(201)
                .extract().path("slug");
        String postId = author().get("/api/posts/" + slug).then().extract().path("id");
        String entry = author().contentType(ContentType.JSON).body("""
                {"type": "video", "title": "Frühstücksfernsehen %s", "date": "2026-03-14", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "postSlug": "%s"}""".formatted(id, slug)).post("/api/contributions")
                .then().statusCode(201).extract().path("id");
        String jobs = tokenWith("jobs");

        as(jobs).post("/api/tick").then().statusCode(200);
        assertEquals(List.of(), types(of(readers, postId)), "nothing before its time");

        clock.advanceTo(nine.plusSeconds(3));
        as(jobs).post("/api/tick").then().statusCode(200).body("at", equalTo(nine.plusSeconds(3).toString()));
        List<Received> published = of(readers, postId);
        assertEquals(List.of("post.published"), types(published));
        assertEquals(nine, published.get(0).occurredAt());
        assertTrue(published.get(0).payload().contains("Kaffee ☕ und Brötchen"), published.get(0).payload());
        assertEquals(List.of("contribution.created"), types(of(readers, entry)), "its entry appears with it");
        assertEquals(List.of("post.published"), types(of(drafts, postId)));

        // Ticked again, and a change written while the database still thought it hidden: still once.
        as(jobs).post("/api/tick").then().statusCode(200);
        author().contentType(ContentType.JSON).body("{\"title\": \"Frühstück um neun, später " + id + "\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        as(jobs).post("/api/tick").then().statusCode(200);
        assertEquals(List.of("post.published"), types(of(readers, postId)));
        assertEquals(List.of("contribution.created"), types(of(readers, entry)));
        assertEquals(List.of("post.published"), types(of(drafts, postId)));
    }

    @Test
    void aDeployHookGetsOneCallPerBurst() {
        UUID hook = add(WebhookRows.endpoint("deploy-hook", false, Instant.now().minusSeconds(1), 60, "*"));
        String id = unique();
        for (int i = 0; i < 20; i++) {
            createEntry("Meetup Nr. " + i + " in Göteborg " + id);
            if (i == 9) {
                Fanout.drain();
            }
        }
        Fanout.drain();
        List<Map<String, Object>> calls = WebhookRows.deliveries(hook);
        assertEquals(1, calls.size(), calls.toString());
        assertEquals(20, calls.get(0).get("event_count"));
        assertEquals(null, calls.get(0).get("message_id"));
        assertEquals("pending", calls.get(0).get("state"));
        assertEquals("contribution.created", calls.get(0).get("event_type"));
        Instant due = ((Timestamp) calls.get(0).get("next_attempt_at")).toInstant();
        Instant created = ((Timestamp) calls.get(0).get("created_at")).toInstant();
        assertTrue(due.isAfter(created.plusSeconds(50)) && due.isBefore(created.plusSeconds(61)), due + " vs " + created);

        // Once the call was attempted, later events open a new batch.
        WebhookRows.update("update webhook_delivery set attempts = 1 where id = ?", calls.get(0).get("id"));
        createEntry("Nachzügler " + id);
        Fanout.drain();
        calls = WebhookRows.deliveries(hook);
        assertEquals(List.of(20, 1), calls.stream().map(c -> c.get("event_count")).toList());
    }

    @Test
    void twoTicksAtOnceRecordEachEventOnce() throws Exception {
        UUID readers = add(WebhookRows.webhook(false, Instant.now().minusSeconds(1), "post.*"));
        String id = unique();
        for (int i = 0; i < 30; i++) {
            createPublished("Gleichzeitig " + i + " – " + id);
        }
        String jobs = tokenWith("jobs");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> tick = () -> {
                start.await();
                Integer messages = as(jobs).post("/api/tick").then().statusCode(200).extract().path("counts.messages");
                // The tick that found the dispatch row locked reports fanoutSkipped and no messages.
                return messages == null ? 0 : messages;
            };
            List<Future<Integer>> ticks = List.of(pool.submit(tick), pool.submit(tick));
            start.countDown();
            int total = ticks.get(0).get() + ticks.get(1).get();
            assertEquals(30, total, "the two ticks together record each post.published once");
        } finally {
            pool.shutdown();
        }
        Fanout.drain();
        List<Received> got = WebhookRows.received(readers);
        assertEquals(30, got.size());
        Set<String> posts = got.stream().map(Received::entityId).collect(Collectors.toSet());
        assertEquals(30, posts.size());
    }

    @Test
    void fanningOut50ChangesTakesAsManyStatementsAsOne() {
        Instant now = Instant.now().minusSeconds(1);
        add(WebhookRows.webhook(false, now, "*"));
        add(WebhookRows.webhook(true, now, "*"));
        add(WebhookRows.endpoint("deploy-hook", false, now, null, "post.*"));
        String id = unique();
        // Each post has a new tag too: both batches read posts, tags and entries.
        createPublished("Einzeln " + id, "einzeln-" + id);
        long one = statementsToDrain();
        for (int i = 0; i < 50; i++) {
            createPublished("Viele " + i + " " + id, "viele-" + i + "-" + id);
        }
        long fifty = statementsToDrain();
        assertEquals(one, fifty, "fanning out 50 posts (with their blog entries) should take as many statements as 1");
        assertTrue(one <= 16, "statements per batch: " + one);
    }

    private long statementsToDrain() {
        // The site's settings are read once per request (the test method is one): read them first, so that neither
        // count holds that one read.
        site.current();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        Map<String, Integer> counts = Fanout.drain();
        assertTrue(counts.get("messages") > 0, counts.toString());
        return stats.getPrepareStatementCount();
    }

    private static void createPublished(String title, String... tags) {
        String more = tags.length == 0 ? "" : ", \"" + String.join("\", \"", tags) + "\"";
        author().contentType(ContentType.JSON).body("{\"title\": \"" + title + "\", \"status\": \"published\","
                + " \"markdown\": \"# " + title + "\\n\\nÆrlig talt, ein längerer Text über 東京.\","
                + " \"tags\": [\"dotnet\", \"azure\", \"événements\"" + more + "]}").post("/api/posts").then().statusCode(201);
    }

    private static void createEntry(String title) {
        author().contentType(ContentType.JSON).body("""
                {"type": "video", "title": "%s", "date": "2026-02-01", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"]}""".formatted(title)).post("/api/contributions").then().statusCode(201);
    }

    private static List<Received> of(UUID endpoint, String entityId) {
        return WebhookRows.received(endpoint).stream().filter(r -> r.entityId().equals(entityId)).toList();
    }

    private static List<String> types(List<Received> received) {
        return received.stream().map(Received::type).toList();
    }
}
