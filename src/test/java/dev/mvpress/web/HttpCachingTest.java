package dev.mvpress.web;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.createPublished;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;

/** ETags, 304s, Cache-Control and If-Match, as a CDN and two competing editors would use them. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class HttpCachingTest {

    private static String etag(String path) {
        return anonymous().get(path).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
    }

    @Test
    void everyReadCarriesAnETagAndIfNoneMatchGets304WithNoBody() {
        String tag = "etag-" + unique();
        String slug = createPublished("Cached " + tag, tag);
        String id = author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "Cached entry", "date": "2026-01-01", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"]}""").post("/api/contributions").then().statusCode(201).extract().path("id");
        for (String path : new String[]{"/api/posts/" + slug, "/api/posts?tag=" + tag, "/api/tags/" + tag, "/api/tags",
                "/api/contributions/" + id, "/api/contributions", "/api/contribution-types", "/api/technology-areas/dotnet",
                "/api/contributions/summary", "/api/contributions/export"}) {
            String etag = etag(path);
            anonymous().header("If-None-Match", etag).get(path).then().statusCode(304)
                    .header("ETag", equalTo(etag)).body(emptyString());
            anonymous().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
        }
    }

    @Test
    void lastModifiedComesFromUpdatedAtAndCacheControlDependsOnWhoAsks() {
        String slug = createPublished("Headers " + unique());
        anonymous().get("/api/posts/" + slug).then()
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=600"));
        author().get("/api/posts/" + slug).then().header("Cache-Control", equalTo("private, no-store"));
        anonymous().get("/api/posts").then().header("Last-Modified", nullValue());
    }

    @Test
    void theMarkdownAndJsonRepresentationsHaveDifferentETags() {
        String slug = createPublished("Variants " + unique());
        String json = etag("/api/posts/" + slug);
        String markdown =
                anonymous().accept(MARKDOWN).get("/api/posts/" + slug).then().statusCode(200).extract().header("ETag");
        assertNotEquals(json, markdown);
        anonymous().accept(MARKDOWN).header("If-None-Match", markdown).get("/api/posts/" + slug).then().statusCode(304);
    }

    @Test
    void aTagRenameSeenInsideAPostChangesThePostsETag() {
        String tag = "rename-" + unique();
        String slug = createPublished("Tag inside " + tag, tag);
        String before = etag("/api/posts/" + slug);
        String listBefore = etag("/api/posts?tag=" + tag);
        author().contentType(ContentType.JSON).body("{\"name\": \"Renamed " + tag + "\"}").patch("/api/tags/" + tag)
                .then().statusCode(200);
        assertNotEquals(before, etag("/api/posts/" + slug));
        assertNotEquals(listBefore, etag("/api/posts?tag=" + tag));
        anonymous().header("If-None-Match", before).get("/api/posts/" + slug).then().statusCode(200);
    }

    @Test
    void aScheduledPostGoingLiveChangesTheListsETag() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FixedTime clock = new FixedTime(start);
        QuarkusMock.installMockForType(clock, TimeSource.class);
        String tag = "live-" + unique();
        Instant at = start.plus(1, ChronoUnit.HOURS);
        author().contentType(ContentType.JSON).body("{\"title\": \"Goes live " + tag + "\", \"tags\": [\"" + tag
                + "\"], \"status\": \"scheduled\", \"publishedAt\": \"" + at + "\"}").post("/api/posts").then().statusCode(201);
        String before = etag("/api/posts?tag=" + tag);
        clock.advanceTo(at.plusSeconds(1));
        anonymous().header("If-None-Match", before).get("/api/posts?tag=" + tag).then().statusCode(200)
                .body("page.totalItems", equalTo(1));
    }

    @Test
    void aStaleIfMatchIsA412AndChangesNothing() {
        String slug = createMarkdown("---\ntitle: Two editors " + unique() + "\n---\nFirst");
        String etag = author().get("/api/posts/" + slug).then().extract().header("ETag");
        author().header("If-Match", etag).contentType(ContentType.JSON).body("{\"description\": \"editor one\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        author().header("If-Match", etag).contentType(ContentType.JSON).body("{\"description\": \"editor two\"}")
                .patch("/api/posts/" + slug).then().statusCode(412).contentType("application/problem+json");
        author().header("If-Match", etag).contentType(MARKDOWN).body("---\ntitle: Overwrite\n---\n")
                .put("/api/posts/" + slug).then().statusCode(412);
        author().header("If-Match", etag).delete("/api/posts/" + slug).then().statusCode(412);
        author().get("/api/posts/" + slug).then().statusCode(200).body("description", equalTo("editor one"))
                .body("title", not(equalTo("Overwrite")));

        String fresh = author().accept(MARKDOWN).get("/api/posts/" + slug).then().extract().header("ETag");
        author().header("If-Match", fresh).delete("/api/posts/" + slug).then().statusCode(204);
        author().header("If-Match", "*").contentType(MARKDOWN).body("---\ntitle: Not created\n---\n")
                .put("/api/posts/" + slug).then().statusCode(412);
        author().get("/api/posts/" + slug).then().statusCode(404);
    }

    @Test
    void concurrentPatchesWithTheSameIfMatchGiveOneSuccessAndTheRest412() throws Exception {
        String slug = createMarkdown("---\ntitle: Race " + unique() + "\n---\n");
        String etag = author().get("/api/posts/" + slug).then().extract().header("ETag");
        int writers = 8;
        var pool = Executors.newFixedThreadPool(writers);
        try {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<Integer>>();
            for (int i = 0; i < writers; i++) {
                String body = "{\"description\": \"writer " + i + "\"}";
                results.add(pool.submit(() -> {
                    start.await();
                    return author().header("If-Match", etag).contentType(ContentType.JSON).body(body)
                            .patch("/api/posts/" + slug).then().extract().statusCode();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        author().get("/api/posts/" + slug).then().body("version", equalTo(1));
    }

    @Test
    void ifMatchGuardsTagsContributionsAndCatalogsToo() {
        String tag = "guard-" + unique();
        author().contentType(ContentType.JSON).body("{\"slug\": \"" + tag + "\", \"name\": \"Guarded\"}").post("/api/tags")
                .then().statusCode(201);
        String tagEtag = author().get("/api/tags/" + tag).then().extract().header("ETag");
        author().header("If-Match", tagEtag).contentType(ContentType.JSON).body("{\"name\": \"One\"}").patch("/api/tags/" + tag)
                .then().statusCode(200);
        author().header("If-Match", tagEtag).contentType(ContentType.JSON).body("{\"name\": \"Two\"}").patch("/api/tags/" + tag)
                .then().statusCode(412);

        String id = author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "Guarded entry", "date": "2026-01-01", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"]}""").post("/api/contributions").then().statusCode(201).extract().path("id");
        String entryEtag = author().get("/api/contributions/" + id).then().extract().header("ETag");
        author().header("If-Match", entryEtag).contentType(ContentType.JSON).body("{\"reach\": 5}")
                .patch("/api/contributions/" + id).then().statusCode(200);
        author().header("If-Match", entryEtag).delete("/api/contributions/" + id).then().statusCode(412);
        author().get("/api/contributions/" + id).then().statusCode(200).body("reach", equalTo(5));

        String areaEtag = author().get("/api/technology-areas/python").then().extract().header("ETag");
        author().header("If-Match", "\"stale\"").contentType(ContentType.JSON).body("{\"name\": \"Py\"}")
                .patch("/api/technology-areas/python").then().statusCode(412);
        assertEquals(areaEtag, author().get("/api/technology-areas/python").then().extract().header("ETag"));
    }
}
