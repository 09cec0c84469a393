package dev.mvpress.ops;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.Declarations;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.PrometheusText;
import dev.mvpress.support.PrometheusText.Sample;
import dev.mvpress.support.WebhookReceiver;

/**
 * The Prometheus scrape an operator gets from the management interface, read with a real parser after real requests:
 * HTTP requests by route template (a 404 for an unknown slug under /api/posts/{slug}, never a series per slug or per
 * invented path), the connection pool and JVM memory, and MVPress's counters moving by exactly what the requests did.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class MetricsTest {

    private static final String REQUESTS = "http_server_requests_seconds_count";
    private static final Set<String> BUCKETS = Set.of("NOT_FOUND", "REDIRECTION", RouteBuckets.UNMATCHED, "root",
            "/cors-preflight");

    // Relative to the management interface's root path (/q).
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    static WebhookReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    private PrometheusText scrape() {
        io.restassured.response.Response response = given().get(metrics);
        assertEquals(200, response.statusCode(), "GET " + metrics);
        String text = response.asString();
        return PrometheusText.parse(text);
    }

    @Test
    void requestsAreCountedByRouteTemplateAndStatusWithoutASeriesPerSlug() {
        PrometheusText before = scrape();
        String id = unique();
        String slug = author().contentType(ContentType.JSON).body("{\"title\": \"Mesuré à Zürich " + id
                + "\", \"markdown\": \"# Überblick\\n\\nZahlen\", \"status\": \"published\", \"tags\": [\"métriques-" + id
                + "\", \"ops-" + id + "\"]}").post("/api/posts").then().statusCode(201).extract().path("slug");
        anonymous().get("/api/posts/" + slug).then().statusCode(200);
        anonymous().get("/api/posts/" + slug).then().statusCode(200);
        anonymous().get("/api/posts/no-such-post-" + id).then().statusCode(404);
        anonymous().get("/api/posts/no-such-post-either-" + id).then().statusCode(404);
        anonymous().get("/nowhere-" + id + "/at/all").then().statusCode(404);
        // Answered before any route matched: a URL too long, and a method nobody serves, on paths of their own.
        anonymous().get("/api/posts/" + id + "-" + "x".repeat(9000)).then().statusCode(414);
        anonymous().request("FROBNICATE", "/api/posts/" + id + "-frob").then().statusCode(405);
        PrometheusText after = scrape();

        assertEquals(2, after.value(REQUESTS, "method", "GET", "uri", "/api/posts/{slug}", "status", "200")
                - before.value(REQUESTS, "method", "GET", "uri", "/api/posts/{slug}", "status", "200"));
        assertEquals(2, after.value(REQUESTS, "method", "GET", "uri", "/api/posts/{slug}", "status", "404")
                - before.value(REQUESTS, "method", "GET", "uri", "/api/posts/{slug}", "status", "404"));
        assertEquals(1, after.value(REQUESTS, "method", "POST", "uri", "/api/posts", "status", "201")
                - before.value(REQUESTS, "method", "POST", "uri", "/api/posts", "status", "201"));
        assertEquals(1, after.value(REQUESTS, "method", "GET", "uri", RouteBuckets.UNMATCHED, "status", "414")
                - before.value(REQUESTS, "method", "GET", "uri", RouteBuckets.UNMATCHED, "status", "414"));
        assertEquals(1, after.value(REQUESTS, "method", "OTHER", "status", "405")
                - before.value(REQUESTS, "method", "OTHER", "status", "405"));
        assertEquals("histogram", after.type("http_server_requests_seconds"));
        assertTrue(after.samples("http_server_requests_seconds_bucket", "uri", "/api/posts/{slug}", "status", "200")
                .size() > 5, "latency buckets for a p99 by route");

        // Every uri is a route template of a resource method, or one of the fixed buckets.
        Set<String> templates = templates();
        Set<String> uris = after.labelValues("http_server_requests_seconds_count", "uri", s -> true);
        for (String uri : uris) {
            assertTrue(templates.contains(uri) || BUCKETS.contains(uri), "uri '" + uri + "' is no route template");
        }
        assertTrue(after.labelValues(REQUESTS, "method", s -> true).stream()
                .allMatch(m -> Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "OTHER").contains(m)),
                after.labelValues(REQUESTS, "method", s -> true).toString());
        // Nothing the client chose (a slug, a path, a tag) is in any series.
        for (Sample sample : after.samples()) {
            String series = sample.name() + sample.labels();
            assertFalse(series.contains(id), "a series names what a client sent: " + series);
        }
        // Management endpoints are not API routes: not counted, not on the public port, not in the document.
        assertTrue(uris.stream().noneMatch(u -> u.startsWith("/q")), uris.toString());
        anonymous().get("/q/metrics").then().statusCode(404);
        String document = anonymous().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        assertFalse(document.contains("/q/metrics"));
    }

    @Test
    void theConnectionPoolAndJvmMemoryAreThere() {
        PrometheusText scrape = scrape();
        for (String pool : List.of("agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "agroal_max_used_count")) {
            assertEquals(1, scrape.samples(pool, "datasource", "default").size(), pool + " for the default datasource");
        }
        assertTrue(scrape.sum("jvm_memory_used_bytes", "area", "heap") > 0, "heap in use");
        assertTrue(scrape.sum("jvm_memory_max_bytes", "area", "heap") > 0, "heap limit");
    }

    @Test
    void publishingCountsPostsAndPagesOnceWhenTheyBecomePublic() {
        PrometheusText before = scrape();
        String id = unique();
        // Published at once; a draft, then published; a page; a scheduled post (not public yet); a failed write.
        String published = author().contentType(ContentType.JSON).body("{\"title\": \"Jetzt öffentlich " + id
                + "\", \"status\": \"published\", \"tags\": [\"a-" + id + "\", \"b-" + id + "\"]}").post("/api/posts")
                .then().statusCode(201).extract().path("slug");
        String draft = author().contentType(ContentType.JSON).body("{\"title\": \"Brouillon " + id + "\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        author().contentType("application/merge-patch+json").body("{\"status\": \"published\"}")
                .patch("/api/posts/" + draft).then().statusCode(200);
        // Saved again while public: not a second publication.
        author().contentType("application/merge-patch+json").body("{\"description\": \"encore\"}")
                .patch("/api/posts/" + published).then().statusCode(200);
        author().contentType("application/merge-patch+json").body("{\"description\": \"encore\"}")
                .patch("/api/posts/" + draft).then().statusCode(200);
        author().contentType(ContentType.JSON).body("{\"title\": \"À propos " + id + "\", \"status\": \"published\"}")
                .put("/api/pages/about-" + id).then().statusCode(201);
        String future = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        author().contentType(ContentType.JSON).body("{\"title\": \"Plus tard " + id + "\", \"status\": \"scheduled\","
                + " \"publishedAt\": \"" + future + "\"}").post("/api/posts").then().statusCode(201);
        author().contentType(ContentType.JSON).body("{\"title\": \"\", \"status\": \"published\"}").post("/api/posts")
                .then().statusCode(400);
        PrometheusText after = scrape();

        assertEquals("counter", after.type("mvpress_posts_published") != null ? after.type("mvpress_posts_published")
                : after.type("mvpress_posts_published_total"));
        assertEquals(2, delta(before, after, "mvpress_posts_published_total", "kind", "post"));
        assertEquals(1, delta(before, after, "mvpress_posts_published_total", "kind", "page"));
    }

    @Test
    void failedAuthenticationsAreCountedByReason() {
        PrometheusText before = scrape();
        given().header("Authorization", "Bearer mvp_not-a-token-" + unique()).get("/api/posts").then().statusCode(401);
        given().header("Authorization", "Bearer also-wrong").get("/api/tags").then().statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/posts").then().statusCode(401);
        anonymous().contentType(ContentType.JSON).body("{\"title\": \"anonyme\"}").post("/api/posts").then().statusCode(401);
        // Accepted tokens and public reads are no failures.
        author().get("/api/tokens").then().statusCode(200);
        anonymous().get("/api/posts").then().statusCode(200);
        PrometheusText after = scrape();

        assertEquals(2, delta(before, after, "mvpress_auth_failures_total", "reason", "invalid"));
        assertEquals(1, delta(before, after, "mvpress_auth_failures_total", "reason", "malformed"));
        assertEquals(1, delta(before, after, "mvpress_auth_failures_total", "reason", "missing"));
        assertEquals(0, delta(before, after, "mvpress_auth_failures_total", "reason", "throttled"));
        assertEquals(Set.of("invalid", "malformed", "missing", "throttled"),
                after.labelValues("mvpress_auth_failures_total", "reason", s -> true));
    }

    @Test
    void webhookDeliveriesAreCountedByOutcome() {
        String id = unique();
        receiver.on("/" + id + "/ok", WebhookReceiver.status(204));
        receiver.on("/" + id + "/down", WebhookReceiver.status(503));
        List<String> endpoints = List.of(endpoint(receiver.url("/" + id + "/ok")), endpoint(receiver.url("/" + id + "/down")));
        try {
            endpoints.forEach(e -> author().post("/api/webhooks/" + e + "/ping").then().statusCode(202));
            PrometheusText before = scrape();
            Map<String, Integer> counts = author().post("/api/tick").then().statusCode(200).extract().jsonPath()
                    .getMap("counts", String.class, Integer.class);
            PrometheusText after = scrape();

            assertTrue(counts.get("delivered") >= 1 && counts.get("retrying") >= 1, counts.toString());
            assertEquals(counts.get("delivered"), delta(before, after, "mvpress_webhook_deliveries_total", "outcome",
                    "delivered"));
            assertEquals(counts.get("retrying"), delta(before, after, "mvpress_webhook_deliveries_total", "outcome",
                    "retrying"));
            assertEquals(counts.get("failed"), delta(before, after, "mvpress_webhook_deliveries_total", "outcome", "failed"));
            assertEquals(1, receiver.received("/" + id + "/ok").size());
        } finally {
            endpoints.forEach(e -> author().delete("/api/webhooks/" + e));
        }
    }

    private static String endpoint(String url) {
        return author().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}").post("/api/webhooks").then()
                .statusCode(201).extract().path("id");
    }

    private static int delta(PrometheusText before, PrometheusText after, String name, String... labels) {
        return (int) Math.round(after.value(name, labels) - before.value(name, labels));
    }

    /** Every resource method's route template: the class's path and the method's, as Quarkus tags them. */
    private static Set<String> templates() {
        Set<String> templates = new HashSet<>();
        for (Declarations.Declared declared : Declarations.resourceMethods()) {
            jakarta.ws.rs.Path type = declared.method().getDeclaringClass().getAnnotation(jakarta.ws.rs.Path.class);
            jakarta.ws.rs.Path method = declared.method().getAnnotation(jakarta.ws.rs.Path.class);
            String path = (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
            path = path.replaceAll("/+", "/");
            templates.add(path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        }
        return templates;
    }
}
