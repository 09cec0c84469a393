package dev.mvpress.webhook;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.as;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.tokenWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import dev.mvpress.support.EmbeddedPostgresResource;

/** Registering, reading, patching and deleting endpoints through /api/webhooks, and what is refused. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class WebhookEndpointTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static ValidatableResponse invalid(String body) {
        return author().contentType(ContentType.JSON).body(body).post("/api/webhooks").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anEndpointShowsItsSecretOnceAndAHintAfterwards() {
        JsonPath created = Webhooks.register("""
                {"url": "https://127.0.0.1/hooks/mvpress", "events": ["post.*", "tag.updated", "post.published"],
                 "description": "Tell the Astro site — schön"}""");
        String id = created.getString("id");
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertEquals(List.of("post.*", "tag.updated", "post.published"), created.getList("events"));
        assertEquals("webhook", created.getString("kind"));
        assertEquals(true, created.getBoolean("enabled"));

        author().get("/api/webhooks/" + id).then().statusCode(200)
                .body("secretHint", equalTo(secret.substring(0, 10)))
                .body("$", not(hasKey("secret")))
                .body("description", equalTo("Tell the Astro site — schön"))
                .body("includeDrafts", equalTo(false));
        author().get("/api/webhooks?size=100").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.secret", not(hasItem(secret)))
                .header("Link", containsString("rel=\"first\""));

        String rotated = author().post("/api/webhooks/" + id + "/secret").then().statusCode(200)
                .body("secretHint", notNullValue()).extract().path("secret");
        assertNotEquals(secret, rotated);
        author().get("/api/webhooks/" + id).then().body("secretHint", equalTo(rotated.substring(0, 10)));

        author().delete("/api/webhooks/" + id).then().statusCode(204);
        author().get("/api/webhooks/" + id).then().statusCode(404);
        author().delete("/api/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void createAnswers201WithLocation() {
        String location = author().contentType(ContentType.JSON).body("{\"url\": \"https://127.0.0.1/a\"}")
                .post("/api/webhooks").then().statusCode(201)
                .header("Location", containsString("/api/webhooks/"))
                .body("events", equalTo(List.of("*"))).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        author().get("/api/webhooks/" + id).then().statusCode(200).body("id", equalTo(id));
        Webhooks.delete(id);
    }

    @Test
    void badInputIsA400NamingEachField() {
        invalid("{\"events\": [\"post.published\"]}").body("errors.field", hasItem("url"));
        invalid("{\"url\": \"ftp://example.com/x\"}").body("errors.field", hasItem("url"));
        invalid("{\"url\": \"https://127.0.0.1/x\", \"events\": [\"post.published\", \"post.created\", \"*\"]}")
                .body("errors[0].field", equalTo("events[1]"))
                .body("errors[0].message", containsString("'post.created' is not an event type or pattern"));
        invalid("{\"url\": \"https://127.0.0.1/x\", \"events\": []}").body("errors[0].field", equalTo("events"));
        invalid("{\"url\": \"https://127.0.0.1/x\", \"kind\": \"zapier\"}").body("errors[0].field", equalTo("kind"));
        invalid("{\"url\": \"https://127.0.0.1/x\", \"coalesceSeconds\": 30}")
                .body("errors[0].field", equalTo("coalesceSeconds"))
                .body("errors[0].message", containsString("only deploy hooks"));
        invalid("{\"url\": \"https://127.0.0.1/x\", \"kind\": \"deploy-hook\", \"coalesceSeconds\": 3601}")
                .body("errors[0].field", equalTo("coalesceSeconds"));
        invalid("{\"url\": \"https://127.0.0.1/x\", \"includeDrafts\": \"yes\"}").body("errors[0].field",
                equalTo("includeDrafts"));
        invalid("{\"url\": \"https://127.0.0.1/x\", \"secret\": \"whsec_mine\"}");
        JsonPath deploy = Webhooks.register("{\"url\": \"https://127.0.0.1/build\", \"kind\": \"deploy-hook\","
                + " \"coalesceSeconds\": 0}");
        assertEquals(0, deploy.getInt("coalesceSeconds"));
        Webhooks.delete(deploy.getString("id"));
    }

    @Test
    void targetsOnThePrivateNetworkOrWithUserInfoAreRefused() {
        for (String url : List.of("https://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data/",
                "https://192.168.1.20/hook", "https://[::1]/hook", "https://127.0.0.2/hook")) {
            invalid("{\"url\": \"" + url + "\"}").body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("loopback, private or link-local"))
                    .body("errors[0].message", containsString("mvpress.webhooks.allowed-addresses"));
        }
        invalid("{\"url\": \"https://user:secret@127.0.0.1/hook\"}").body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("user name or password"));
        invalid("{\"url\": \"https://no-such-host.invalid/hook\"}").body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("has no address"));
    }

    @Test
    void patchMergesAndEnablingClearsWhyItWasDisabled() {
        String id = Webhooks.register("{\"url\": \"https://127.0.0.1/a\", \"description\": \"Première\"}").getString("id");
        author().contentType(MERGE_PATCH).body("{\"enabled\": false}").patch("/api/webhooks/" + id).then().statusCode(200)
                .body("enabled", equalTo(false)).body("disabledAt", notNullValue())
                .body("description", equalTo("Première"));
        author().contentType(MERGE_PATCH).body("{\"enabled\": true, \"events\": [\"contribution.*\"], \"description\": null}")
                .patch("/api/webhooks/" + id).then().statusCode(200)
                .body("enabled", equalTo(true)).body("disabledAt", nullValue()).body("disabledReason", nullValue())
                .body("events", equalTo(List.of("contribution.*"))).body("description", nullValue());
        author().contentType(MERGE_PATCH).body("{\"url\": \"https://10.1.2.3/a\"}").patch("/api/webhooks/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("url"));
        author().contentType(MERGE_PATCH).body("{\"kind\": \"deploy-hook\"}").patch("/api/webhooks/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        author().contentType(MERGE_PATCH).body("{\"events\": [\"tag.*\", 7]}").patch("/api/webhooks/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("events[1]"));
        author().contentType(MERGE_PATCH).body("{\"enabled\": true}").patch("/api/webhooks/not-an-id").then()
                .statusCode(404);
        Webhooks.delete(id);
    }

    @Test
    void onlyAdminsManageWebhooks() {
        String writer = tokenWith("posts:write", "drafts:read", "jobs");
        as(writer).get("/api/webhooks").then().statusCode(403);
        as(writer).contentType(ContentType.JSON).body("{\"url\": \"https://127.0.0.1/a\"}").post("/api/webhooks").then()
                .statusCode(403);
        anonymous().get("/api/webhooks").then().statusCode(401);
        String admin = tokenWith("admin");
        String id = as(admin).contentType(ContentType.JSON).body("{\"url\": \"https://127.0.0.1/a\"}").post("/api/webhooks")
                .then().statusCode(201).extract().path("id");
        as(admin).get("/api/webhooks/" + id + "/deliveries").then().statusCode(200)
                .header("Link", endsWith("rel=\"first\""));
        Webhooks.delete(id);
    }
}
