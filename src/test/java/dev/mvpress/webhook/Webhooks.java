package dev.mvpress.webhook;

import static dev.mvpress.support.Api.author;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dev.mvpress.jobs.TickStep;
import dev.mvpress.webhook.service.DeliveryStep;
import dev.mvpress.webhook.service.PruneStep;

/** Test helpers: registering endpoints, ticking (the delivery and pruning steps in order) and raw SQL. */
final class Webhooks {

    private Webhooks() {
    }

    /** Registers an endpoint from a JSON body; answers the created endpoint, secret included. */
    static JsonPath register(String body) {
        return author().contentType(ContentType.JSON).body(body).post("/api/webhooks").then().statusCode(201).extract()
                .jsonPath();
    }

    static JsonPath registerWebhook(String url) {
        return register("{\"url\": \"" + url + "\"}");
    }

    /** POST {id}/ping: answers the ping's delivery id. */
    static String ping(String endpoint) {
        return author().post("/api/webhooks/" + endpoint + "/ping").then().statusCode(202).extract().path("id");
    }

    static JsonPath delivery(String endpoint, String delivery) {
        return author().get("/api/webhooks/" + endpoint + "/deliveries/" + delivery).then().statusCode(200).extract()
                .jsonPath();
    }

    static void delete(String endpoint) {
        author().delete("/api/webhooks/" + endpoint);
    }

    /** Runs this branch's tick steps in order, as the Ticker will; answers the merged counts. */
    static Map<String, Integer> tick(Instant now) {
        List<TickStep> steps = new ArrayList<>(List.of(Arc.container().instance(DeliveryStep.class).get(),
                Arc.container().instance(PruneStep.class).get()));
        steps.sort((a, b) -> Integer.compare(a.order(), b.order()));
        Map<String, Integer> counts = new TreeMap<>();
        for (TickStep step : steps) {
            step.run(now).forEach((name, n) -> counts.merge(name, n, Integer::sum));
        }
        return counts;
    }
}
