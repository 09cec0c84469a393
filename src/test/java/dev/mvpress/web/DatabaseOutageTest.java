package dev.mvpress.web;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/** The database goes away and comes back: fast 503s meanwhile, readiness DOWN, recovery with no restart. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class DatabaseOutageTest {

    @Test
    void whileTheDatabaseIsDownRequestsFailFastWith503AndTheServiceRecoversByItself() throws Exception {
        String slug = author().contentType(ContentType.JSON).body("{\"title\": \"Before the outage " + unique()
                + "\", \"status\": \"published\"}").post("/api/posts").then().statusCode(201).extract().path("slug");
        anonymous().get("/q/health/ready").then().statusCode(200);

        EmbeddedPostgresResource.stopServer();
        try {
            long started = System.nanoTime();
            anonymous().get("/api/posts/" + slug).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:mvpress:problem:unavailable"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.toSeconds() < 10, "a request with the database down failed fast, not after " + took);
            author().contentType(ContentType.JSON).body("{\"title\": \"During the outage\"}").post("/api/posts").then()
                    .statusCode(503);
            anonymous().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            anonymous().get("/q/health/live").then().statusCode(200);
        } finally {
            EmbeddedPostgresResource.startServer();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = anonymous().get("/api/posts/" + slug).then().extract().statusCode();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        anonymous().get("/api/posts/" + slug).then().statusCode(200).body("slug", equalTo(slug));
        anonymous().get("/q/health/ready").then().statusCode(200);
        author().contentType(ContentType.JSON).body("{\"title\": \"After the outage " + unique() + "\"}").post("/api/posts")
                .then().statusCode(201);
    }
}
