package dev.mvpress.ops;

import static dev.mvpress.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import dev.mvpress.devdb.EmbeddedPostgresLauncher;
import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.PackagedJar;
import dev.mvpress.support.PrometheusText;
import dev.mvpress.support.SourceServer;

/**
 * The packaged jar as an operator runs it, with the one setting that turns JSON logs on: every console line is a
 * JSON object, and the lines logged for a request (on the event loop or a worker thread) carry its request id, the
 * one the caller sent or the one answered in X-Request-Id, and the traceparent's trace id; metrics are served on
 * the management port and not on the public one.
 */
@QuarkusIntegrationTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ObservabilityIT {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    @DisabledOnIntegrationTest(value = "launches the packaged jar itself", forArtifactTypes = {
            DisabledOnIntegrationTest.ArtifactType.NATIVE_BINARY, DisabledOnIntegrationTest.ArtifactType.CONTAINER})
    void jsonLogsCarryTheRequestIdAndMetricsAreOnTheManagementPort() throws Exception {
        String id = unique();
        String database = EmbeddedPostgresLauncher.jdbcUrl(Integer.getInteger("mvpresstest.postgres.port"));
        int port = PackagedJar.freePort();
        int management = PackagedJar.freePort();
        String log = "observability-json.log";
        try (SourceServer feeds = new SourceServer()) {
            feeds.on("/" + id + "/feed.xml", SourceServer.text(200, "application/rss+xml", "<?xml version=\"1.0\"?>"
                    + "<rss version=\"2.0\"><channel><title>Blog</title><link>https://blog.example.com/</link><item>"
                    + "<title>Über Metriken " + id + "</title><link>https://blog.example.com/" + id + "</link>"
                    + "<pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate></item></channel></rss>"));
            Process app = PackagedJar.launch(database, Map.of("QUARKUS_HTTP_PORT", Integer.toString(port),
                    "QUARKUS_MANAGEMENT_PORT", Integer.toString(management), "QUARKUS_FLYWAY_MIGRATE_AT_START", "false",
                    "MVPRESS_ADMIN_TOKEN", Api.TOKEN, "MVPRESS_IMPORT_ALLOWED_ADDRESSES", "127.0.0.1",
                    "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true",
                    "QUARKUS_LOG_CATEGORY__DEV_MVPRESS_OPS__LEVEL", "DEBUG"), log);
            String given = "edge-" + id + ":import";
            HttpResponse<String> imported;
            HttpResponse<String> refused;
            HttpResponse<String> metrics;
            HttpResponse<String> publicMetrics;
            try {
                assertTrue(PackagedJar.awaitReady(port), "the jar did not start; see target/" + log);
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + port;
                // A worker-thread request (an import logs what it did) with the caller's id and a traceparent.
                imported = http.send(HttpRequest.newBuilder(URI.create(base + "/api/contributions/import/feed?dryRun=true"))
                        .header("Authorization", "Bearer " + Api.TOKEN).header("Content-Type", "application/json")
                        .header("X-Request-Id", given).header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + feeds.url("/" + id + "/feed.xml")
                                + "\", \"type\": \"blog\", \"technologyArea\": \"dotnet\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                // An id no log should carry as it is: replaced, and the replacement answered.
                refused = http.send(HttpRequest.newBuilder(URI.create(base + "/api/posts/no-such-" + id))
                        .header("X-Request-Id", "not sane " + id).build(), HttpResponse.BodyHandlers.ofString());
                metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/q/metrics"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                publicMetrics = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString());
            } finally {
                app.destroy();
                app.waitFor(30, TimeUnit.SECONDS);
            }

            assertEquals(200, imported.statusCode(), imported.body());
            assertEquals(given, imported.headers().firstValue("X-Request-Id").orElse(null));
            assertEquals(404, refused.statusCode(), refused.body());
            String replaced = refused.headers().firstValue("X-Request-Id").orElseThrow();
            assertTrue(replaced.matches("[0-9a-f]{32}"), replaced);

            List<JsonNode> lines = jsonLines(Path.of("target", log));
            JsonNode importLine = lines.stream().filter(l -> l.path("message").asText().startsWith("Import from"))
                    .findFirst().orElseThrow(() -> new AssertionError("no import line in " + lines));
            assertEquals(given, importLine.path("mdc").path("request_id").asText(), importLine.toString());
            assertEquals(TRACE, importLine.path("mdc").path("trace_id").asText(), importLine.toString());
            assertNotEquals("vert.x-eventloop-thread-0", importLine.path("threadName").asText());
            JsonNode replacedLine = lines.stream().filter(l -> l.path("message").asText().contains("X-Request-Id"))
                    .findFirst().orElseThrow(() -> new AssertionError("no line for the refused id in " + lines));
            assertEquals(replaced, replacedLine.path("mdc").path("request_id").asText(), replacedLine.toString());
            assertFalse(replacedLine.path("mdc").has("trace_id"), "no traceparent, no trace id: " + replacedLine);
            assertTrue(lines.stream().noneMatch(l -> l.toString().contains("not sane")), "the refused id was logged");

            assertEquals(200, metrics.statusCode());
            PrometheusText scrape = PrometheusText.parse(metrics.body());
            assertEquals(1, scrape.value("http_server_requests_seconds_count", "method", "POST", "uri",
                    "/api/contributions/import/feed", "status", "200"));
            assertEquals(1, scrape.value("http_server_requests_seconds_count", "method", "GET", "uri",
                    "/api/posts/{slug}", "status", "404"));
            assertFalse(metrics.body().contains(id), "a series names what a client sent");
            assertEquals(404, publicMetrics.statusCode(), "the public port serves no metrics");
        }
    }

    /** Every line of the console output, each of which must be a JSON object. */
    private static List<JsonNode> jsonLines(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            assertTrue(node.isObject() && node.has("timestamp") && node.has("level") && node.has("message"), line);
            lines.add(node);
        }
        assertFalse(lines.isEmpty(), "no output in " + file);
        return lines;
    }
}
