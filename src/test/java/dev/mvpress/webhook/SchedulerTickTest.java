package dev.mvpress.webhook;

import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.WebhookRows;
import dev.mvpress.support.WebhookRows.Received;

/** With the in-process scheduler on, a scheduled post's post.published appears at its time without any request. */
@QuarkusTest
@TestProfile(SchedulerTickTest.EverySecond.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SchedulerTickTest {

    public static class EverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mvpress.jobs.scheduler.enabled", "true", "mvpress.jobs.scheduler.every", "1S");
        }
    }

    @Test
    void aScheduledPostFiresOnItsOwn() throws InterruptedException {
        UUID readers = WebhookRows.webhook(false, Instant.now().minusSeconds(1), "post.published");
        try {
            author().get("/api/posts").then().statusCode(200);
            // Far enough ahead that writing and reading the post back are done first even on a loaded machine
            // (one full run took 6 s for them while another build ran).
            Instant at = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
            String slug = author().contentType(ContentType.JSON).body("{\"title\": \"Von selbst – à l'heure " + unique()
                    + "\", \"status\": \"scheduled\", \"publishedAt\": \"" + at + "\", \"tags\": [\"scheduler\", \"zeit\"]}")
                    .post("/api/posts").then().statusCode(201).extract().path("slug");
            String postId = author().get("/api/posts/" + slug).then().extract().path("id");
            List<Received> early = of(readers, postId);
            // Read before its time (checked after the read): then nothing may have fired yet. A machine stalled
            // past the time leaves this half unproved in that run rather than failing it.
            if (Instant.now().isBefore(at)) {
                assertEquals(List.of(), early, "nothing before its time");
            }
            // No request from here on: only the scheduler ticks.
            Instant deadline = Instant.now().plusSeconds(30);
            List<Received> got = List.of();
            while (got.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                got = of(readers, postId);
            }
            Instant seen = Instant.now();
            assertEquals(1, got.size(), "post.published appeared by itself");
            assertEquals("post.published", got.get(0).type());
            assertEquals(at, got.get(0).occurredAt());
            assertTrue(Duration.between(at, seen).toMillis() < 6_000, "within the tick period: " + Duration.between(at, seen));
            Thread.sleep(2_500);
            assertEquals(1, of(readers, postId).size(), "and only once while ticks go on");
        } finally {
            WebhookRows.delete(readers);
        }
    }

    private static List<Received> of(UUID endpoint, String entityId) {
        return WebhookRows.received(endpoint).stream().filter(r -> r.entityId().equals(entityId)).toList();
    }
}
