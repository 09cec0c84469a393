package dev.mvpress.post;

import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.mvpress.support.EmbeddedPostgresResource;

/** Writers racing for one slug: never a 500, never a duplicate. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentWritesTest {

    private static final int WRITERS = 8;

    static List<ExtractableResponse<Response>> race(Callable<ExtractableResponse<Response>> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return write.call();
                }));
            }
            start.countDown();
            List<ExtractableResponse<Response>> responses = new ArrayList<>();
            for (var future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentCreatesOfOneExplicitSlugGiveOne201AndThe409s() throws Exception {
        String slug = "race-" + unique();
        var responses = race(() -> author().contentType(ContentType.JSON)
                .body("{\"title\": \"Race\", \"slug\": \"" + slug + "\", \"tags\": [\"new-tag-" + slug + "\"]}")
                .post("/api/posts").then().extract());
        List<Integer> statuses = responses.stream().map(ExtractableResponse::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        author().queryParam("tag", "new-tag-" + slug).queryParam("status", "any").get("/api/posts").then()
                .body("page.totalItems", Matchers.equalTo(1));
    }

    @Test
    void concurrentCreatesWithOneTitleAllSucceedWithNumberedSlugs() throws Exception {
        String title = "Same title " + unique();
        var responses = race(() -> author().contentType(ContentType.JSON)
                .body("{\"title\": \"" + title + "\", \"tags\": [\"shared-" + title.hashCode() + "\"]}")
                .post("/api/posts").then().extract());
        List<Integer> statuses = responses.stream().map(ExtractableResponse::statusCode).toList();
        assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201), statuses);
        List<String> slugs = responses.stream().map(r -> r.<String>path("slug")).toList();
        assertEquals(WRITERS, new HashSet<>(slugs).size(), slugs.toString());
    }
}
