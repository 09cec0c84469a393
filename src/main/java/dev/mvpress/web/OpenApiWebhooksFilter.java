package dev.mvpress.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import dev.mvpress.webhook.WebhookEvents;
import dev.mvpress.webhook.api.WebhookEvent;

/**
 * The OpenAPI 3.1 {@code webhooks} section: one entry per event type, the request MVPress sends to an
 * endpoint (the {@code WebhookEvent} body and the Standard Webhooks headers), so that a receiver can be
 * generated and checked from the same document as the API. No operation returns these records, so their
 * schemas are declared here.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiWebhooksFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    private static final String ID = "0b9a6a53-5d4c-4f7e-a8a4-1f0c9a0e2b11";

    /** An example body of the type: the resource as readers see it, or a tombstone when they no longer can. */
    static Map<String, Object> example(String type) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", ID);
        if (type.endsWith(".deleted") || type.endsWith(".unpublished")) {
            if (!type.startsWith("contribution")) {
                data.put("slug",
                        type.startsWith("post") ? "shipping-a-podcast-feed" : type.startsWith("page") ? "about" : "podcasts");
            }
        } else if (type.startsWith("post")) {
            data.put("slug", "shipping-a-podcast-feed");
            data.put("title", "Shipping a podcast feed");
            data.put("status", "published");
            data.put("publishedAt", "2026-12-01T09:00:00Z");
            data.put("tags", List.of(Map.of("slug", "podcasts", "name", "Podcasts")));
            data.put("url", "https://example.com/blog/shipping-a-podcast-feed/");
            data.put("version", 3);
        } else if (type.startsWith("page")) {
            data.put("slug", "about");
            data.put("title", "About me");
            data.put("kind", "page");
            data.put("status", "published");
            data.put("url", "https://example.com/about/");
            data.put("version", 2);
        } else if (type.startsWith("tag")) {
            data.remove("id");
            data.put("slug", "podcasts");
            data.put("name", "Podcasts");
            data.put("postCount", 4);
        } else {
            data.put("type", "video");
            data.put("title", "Shipping a podcast feed, live");
            data.put("date", "2026-11-28");
            data.put("private", false);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("timestamp", "2026-12-01T09:00:00Z");
        event.put("data", data);
        return event;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            return;
        }
        if (openAPI.getTags() == null || openAPI.getTags().stream().noneMatch(t -> "Webhooks".equals(t.getName()))) {
            openAPI.addTag(OASFactory.createTag().name("Webhooks").description("What MVPress POSTs to registered"
                    + " endpoints (Standard Webhooks): one request per event, signed, retried until acknowledged"));
        }
        openAPI.getComponents().addSchema("EventTombstone", tombstone());
        openAPI.getComponents().addSchema("WebhookEvent", event());
        for (Map.Entry<String, String> type : WebhookEvents.DESCRIPTIONS.entrySet()) {
            openAPI.addWebhook(type.getKey(), OASFactory.createPathItem().POST(operation(type.getKey(), type.getValue())));
        }
    }

    private static Operation operation(String type, String meaning) {
        Operation operation = OASFactory.createOperation()
                .operationId(operationId(type))
                .summary(meaning)
                .description("Sent to each enabled endpoint whose events match " + type + " (exactly, by family as in"
                        + " \"" + type.substring(0, type.indexOf('.')) + ".*\", or \"*\"). Verify the signature with a"
                        + " Standard Webhooks library and the endpoint's whsec_ secret; the same webhook-id on a retry is"
                        + " the same event. Endpoints without includeDrafts get the resource as an anonymous reader"
                        + " sees it, or a tombstone.")
                .addTag("Webhooks")
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(SCHEMAS + "WebhookEvent"))
                                .addExample("event",
                                        OASFactory.createExample().value(example(type))))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse()
                                .description("Received; any 2xx status acknowledges the delivery"))
                        .addAPIResponse("400", OASFactory.createAPIResponse()
                                .description("Refused; any other status, a redirect or a timeout is a failed attempt,"
                                        + " retried with backoff")));
        operation.setSecurity(List.of());
        for (String[] header : HEADERS) {
            operation.addParameter(OASFactory.createParameter().name(header[0]).in(Parameter.In.HEADER).required(true)
                    .description(header[1]).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .example(header[2]));
        }
        return operation;
    }

    private static final String[][] HEADERS = {
            {"webhook-id", "The message id; the same on every retry of this event", "msg_2YxQ7d0aKcM1nP4sT8vW3zLq"},
            {"webhook-timestamp", "When this attempt was sent, in seconds since the epoch", "1795165200"},
            {"webhook-signature", "v1, then the base64 HMAC-SHA256 of id.timestamp.body with the secret's key;"
                    + " several space-separated while a secret rotates", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="}};

    /** post.published -> onPostPublished. */
    private static String operationId(String type) {
        StringBuilder id = new StringBuilder("on");
        for (String part : type.split("\\.")) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.toString();
    }

    private static Schema event() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("The JSON body of a webhook delivery; deploy hooks receive an empty body")
                .addRequired("type").addRequired("timestamp").addRequired("data")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(List.copyOf(WebhookEvents.DESCRIPTIONS.keySet())).description("The event type"))
                .addProperty("timestamp", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time")
                        .description("When the change happened (post.published by schedule: the post's time)"))
                .addProperty("data", OASFactory.createSchema()
                        .description("The resource as GET shows it to the endpoint's audience, or a tombstone")
                        // anyOf, not oneOf: the views require no field, so a tombstone also fits the others.
                        .anyOf(List.of(ref("Post"), ref("Tag"), ref("Contribution"), ref("EventTombstone"))));
    }

    private static Schema tombstone() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("The resource is deleted or hidden from this audience: only what identifies it")
                .addRequired("id")
                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("slug", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Posts and tags: the slug readers knew; absent for contributions"));
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(SCHEMAS + name);
    }
}
