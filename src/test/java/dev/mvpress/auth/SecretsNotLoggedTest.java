package dev.mvpress.auth;

import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * Tokens, right or wrong, and the preview secret and links never reach the log, even when requests fail or the
 * database is away.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SecretsNotLoggedTest {

    @Test
    void noSecretAppearsInTheLog() throws Exception {
        String secret = author().contentType(ContentType.JSON)
                .body("{\"name\": \"log-check-" + unique() + "\", \"scopes\": [\"posts:write\"]}").post("/api/tokens")
                .then().statusCode(201).extract().path("secret");
        String wrong = "mvp_wrong" + unique() + "secretvalue";
        given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON).body("{\"title\": [}")
                .post("/api/posts").then().statusCode(400);
        given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON)
                .body("{\"title\": \"ok " + unique() + "\"}")
                .post("/api/posts").then().statusCode(201);
        given().header("Authorization", "Bearer " + wrong).get("/api/posts").then().statusCode(401);
        given().header("Authorization", "Bearer " + secret).get("/api/tokens").then().statusCode(403);
        // Preview links: made, opened, refused; neither the preview secret nor a link's signature is logged.
        String draft = author().contentType(ContentType.JSON).body("{\"title\": \"aperçu " + unique() + "\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String preview = author().post("/api/posts/" + draft + "/preview-links").then().statusCode(201).extract().path("token");
        given().queryParam("preview", preview).get("/api/posts/" + draft).then().statusCode(200);
        given().queryParam("preview", preview + "x").get("/api/posts/" + draft).then().statusCode(403);
        EmbeddedPostgresResource.stopServer();
        try {
            given().header("Authorization", "Bearer " + secret).get("/api/posts").then().statusCode(503);
        } finally {
            EmbeddedPostgresResource.startServer();
        }
        for (int i = 0; i < 120 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(250);
        }

        Path log = Path.of("target", "mvpress-test.log");
        assertTrue(Files.exists(log), "the test log is written to " + log);
        String text = Files.readString(log);
        assertTrue(text.contains("Database unavailable"), "the log holds this test's own entries");
        String signature = preview.substring(preview.indexOf('.') + 1);
        for (String value : new String[]{secret, secret.substring(4, 20), wrong, Api.TOKEN, Api.PREVIEW_SECRET, signature}) {
            assertFalse(text.contains(value), "the log contains a secret: " + value);
        }
    }
}
