package dev.mvpress.replica;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.previewToken;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.StreamingReplicaResource;

/**
 * With a read replica configured: a hot standby of the test database, fed by streaming replication.
 * Pausing the standby's replay makes a replication lag the test controls: what anonymous readers see
 * then is the standby's, what authors see is the primary's. (Every other test runs without a replica,
 * the default.)
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.WithStreamingReplica.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaTest {

    public static class WithStreamingReplica implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StreamingReplicaResource.class));
        }
    }

    @Test
    @Order(1)
    void anonymousReadersSeeTheReplicaAndAuthorsReadWhatTheyJustWroteOnThePrimary() {
        String id = unique();
        String tag = "réplica-" + id;
        String first = published("Lecture « " + id + " » : première", tag, "lecture-" + id);
        String draft = post("Brouillon « " + id + " »", "draft", null, tag);
        String scheduled = post("Programmé « " + id + " »", "scheduled", "2099-01-01T09:00:00Z", tag);
        StreamingReplicaResource.resumeReplayAndCatchUp();

        anonymous().queryParam("tag", tag).get("/api/posts").then().statusCode(200).body("items.slug", contains(first));
        anonymous().get("/api/posts/" + draft).then().statusCode(404);
        anonymous().get("/api/posts/" + scheduled).then().statusCode(404);

        StreamingReplicaResource.pauseReplay();
        try {
            String second = published("Lecture « " + id + " » : deuxième", tag);
            // The author, with a token, reads the primary: the new post is there at once...
            author().get("/api/posts/" + second).then().statusCode(200)
                    .body("title", equalTo("Lecture « " + id + " » : deuxième"));
            author().queryParam("tag", tag).queryParam("status", "published").get("/api/posts").then().statusCode(200)
                    .body("items.slug", containsInAnyOrder(first, second));
            // ...while anonymous readers are served by the standby, which has not replayed it yet.
            anonymous().get("/api/posts/" + second).then().statusCode(404);
            anonymous().queryParam("tag", tag).get("/api/posts").then().statusCode(200).body("items.slug", contains(first));
            assertTrue(Integer.parseInt(StreamingReplicaResource.queryReplica(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'mvpress-replica-reads'")) > 0,
                    "the application holds connections to the standby");

            // A preview link is for an author checking the draft they just saved: it reads the primary.
            String fresh = post("Aperçu « " + id + " »", "draft", null, tag);
            String token = previewToken(fresh);
            anonymous().queryParam("preview", token).get("/api/posts/" + fresh).then().statusCode(200)
                    .body("title", equalTo("Aperçu « " + id + " »"));
        } finally {
            StreamingReplicaResource.resumeReplayAndCatchUp();
        }
        // Once replayed, readers see it; drafts and scheduled posts stay hidden on the replica path too.
        anonymous().queryParam("tag", tag).get("/api/posts").then().statusCode(200).body("items.title",
                contains("Lecture « " + id + " » : deuxième", "Lecture « " + id + " » : première"));
        anonymous().get("/api/posts/" + draft).then().statusCode(404);
    }

    @Test
    @Order(2)
    void everyPublicReadIsServedByTheReadOnlyStandby() {
        String id = unique();
        String slug = published("Suivi « " + id + " » sur la réplique", "suivi-" + id);
        StreamingReplicaResource.resumeReplayAndCatchUp();
        // The standby refuses writes: a public read that wrote anything would fail here.
        for (String path : List.of("/api/posts", "/api/posts?q=suivi", "/api/posts/" + slug, "/api/posts/" + slug + "/related",
                "/api/pages", "/api/series", "/api/tags", "/api/tags/suivi-" + id, "/api/contributions",
                "/api/contributions/summary", "/api/contribution-types", "/api/technology-areas", "/api/feed.xml",
                "/api/feed.atom", "/api/feed.json", "/api/sitemap.xml", "/api/site", "/api/changes")) {
            // Replay is asynchronous even after the catch-up check: give each read a few seconds to see the post.
            int status = 0;
            for (int attempt = 0; attempt < 50 && status != 200; attempt++) {
                status = anonymous().get(path).statusCode();
                if (status != 200) {
                    sleep(200);
                }
            }
            assertEquals(200, status, path);
        }
        assertEquals("t", StreamingReplicaResource.queryReplica("SELECT pg_is_in_recovery()"));
    }

    @Test
    @Order(3)
    void readsFallBackToThePrimaryWhileTheReplicaIsDown() throws InterruptedException {
        String id = unique();
        String tag = "panne-" + id;
        StreamingReplicaResource.stopServer();
        try {
            // A pooled connection used within the last second is not validated before use (the replica's
            // foreground-validation-interval, as the primary's), so a request at the very moment the replica
            // dies can fail like any database outage (docs/deploy.md); past that, reads fall back.
            Thread.sleep(1_500);
            String written = published("Écrit pendant la panne « " + id + " »", tag);
            anonymous().queryParam("tag", tag).get("/api/posts").then().statusCode(200).body("items.slug", contains(written));
            anonymous().get("/api/posts/" + written).then().statusCode(200);
        } finally {
            StreamingReplicaResource.startServer();
        }
        StreamingReplicaResource.resumeReplayAndCatchUp();
        anonymous().queryParam("tag", tag).get("/api/posts").then().statusCode(200).body("items",
                hasSize(1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String published(String title, String... tags) {
        return post(title, "published", null, tags);
    }

    private static String post(String title, String status, String publishedAt, String... tags) {
        StringBuilder json = new StringBuilder("{\"title\": \"" + title + "\", \"markdown\": \"Corps de " + title
                + " — été\", \"status\": \"" + status + "\"");
        if (publishedAt != null) {
            json.append(", \"publishedAt\": \"").append(publishedAt).append('"');
        }
        json.append(", \"tags\": [");
        for (int i = 0; i < tags.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(tags[i]).append('"');
        }
        json.append("]}");
        return author().contentType(ContentType.JSON).body(json.toString()).post("/api/posts")
                .then().statusCode(201).extract().path("slug");
    }
}
