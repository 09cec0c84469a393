package dev.mvpress.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.PackagedJar;

/**
 * Two instances of the packaged application on one database, as a scale-out deployment runs: an
 * instance killed while a receiver holds its delivery open does not lose it. The other instance leaves
 * the claimed delivery alone while the claim runs (no second attempt at the same time), then, once the
 * claim has lapsed, delivers it under the same webhook-id.
 */
@QuarkusIntegrationTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class WebhookFailoverIT {

    private static final String ADMIN = "failover-admin-token";

    @Test
    @DisabledOnIntegrationTest(value = "launches the packaged jar itself", forArtifactTypes = {
            DisabledOnIntegrationTest.ArtifactType.NATIVE_BINARY, DisabledOnIntegrationTest.ArtifactType.CONTAINER})
    void aDeliveryInFlightOnAKilledInstanceIsCompletedByAnother() throws Exception {
        List<String> seenIds = new CopyOnWriteArrayList<>();
        CountDownLatch firstArrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            seenIds.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            if (seenIds.size() == 1) {
                // The first attempt hangs: its instance is killed while it waits.
                firstArrived.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        String database = PackagedJar.createDatabase("failover");
        int portA = PackagedJar.freePort();
        int portB = PackagedJar.freePort();
        Map<String, String> env = Map.of("MVPRESS_ADMIN_TOKEN", ADMIN, "MVPRESS_WEBHOOKS_ALLOW_HTTP", "true",
                "MVPRESS_WEBHOOKS_ALLOWED_ADDRESSES", "127.0.0.1", "MVPRESS_WEBHOOKS_TIMEOUT", "15S",
                "MVPRESS_WEBHOOKS_CLAIM_LEASE", "20S", "MVPRESS_JOBS_SCHEDULER_ENABLED", "false");
        Process a = PackagedJar.launch(database, with(env, "QUARKUS_HTTP_PORT", Integer.toString(portA)), "failover-a.log");
        Process b = null;
        try {
            assertTrue(PackagedJar.awaitReady(portA), "instance A did not start; see target/failover-a.log");
            b = PackagedJar.launch(database, with(env, "QUARKUS_HTTP_PORT", Integer.toString(portB)), "failover-b.log");
            assertTrue(PackagedJar.awaitReady(portB), "instance B did not start; see target/failover-b.log");

            String endpoint = on(portB).contentType("application/json")
                    .body("{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\","
                            + " \"events\": [\"post.published\"]}")
                    .post("/api/webhooks").then().statusCode(201).extract().path("id");
            on(portB).contentType("text/markdown")
                    .body("---\ntitle: Übergabe – handed over\ntags: [webhooks, scale-out]\ndraft: false\n---\n"
                            + "## Zwei Instanzen\n\n| a | b |\n| - | - |\n| 1 | 2 |\n")
                    .post("/api/posts").then().statusCode(201);

            // A ticks: it turns the change into an event and claims the delivery; the receiver holds it.
            CompletableFuture.runAsync(() -> on(portA).post("/api/tick"));
            assertTrue(firstArrived.await(60, TimeUnit.SECONDS), "instance A never delivered");
            a.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            // While A's claim runs, B does not attempt the same delivery.
            on(portB).post("/api/tick").then().statusCode(200);
            assertEquals(1, seenIds.size(), "B attempted a delivery that A's claim still held: " + seenIds);

            // Once the claim has lapsed (20 s), B delivers it, under the same webhook-id.
            String state = null;
            for (int i = 0; i < 120 && !"delivered".equals(state); i++) {
                Thread.sleep(1000);
                on(portB).post("/api/tick").then().statusCode(200);
                state = on(portB).get("/api/webhooks/" + endpoint + "/deliveries").then().statusCode(200)
                        .extract().path("items[0].state");
            }
            assertEquals("delivered", state, "seen: " + seenIds);
            assertEquals(2, seenIds.size(), "seen: " + seenIds);
            assertEquals(seenIds.get(0), seenIds.get(1), "a redelivery keeps the webhook-id");
            String delivery = on(portB).get("/api/webhooks/" + endpoint + "/deliveries").then().extract().path("items[0].id");
            on(portB).get("/api/webhooks/" + endpoint + "/deliveries/" + delivery).then().statusCode(200)
                    .body("attempts", equalTo(2))
                    .body("attemptLog.outcome", equalTo(List.of("failed", "delivered")))
                    .body("attemptLog[1].statusCode", equalTo(204));
        } finally {
            release.countDown();
            a.destroyForcibly();
            if (b != null) {
                b.destroy();
                b.waitFor(30, TimeUnit.SECONDS);
            }
            receiver.stop(0);
        }
    }

    private static RequestSpecification on(int port) {
        return given().baseUri("http://127.0.0.1").port(port).header("Authorization", "Bearer " + ADMIN);
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        HashMap<String, String> all = new HashMap<>(env);
        all.put(key, value);
        return all;
    }
}
