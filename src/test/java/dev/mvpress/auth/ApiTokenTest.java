package dev.mvpress.auth;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.support.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ApiTokenTest {

    static Map<String, Object> create(String name, String... scopes) {
        return author().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"scopes\": [\"" + String.join("\", \"", scopes) + "\"]}")
                .post("/api/tokens").then().statusCode(201).body("secret", startsWith("mvp_")).extract().as(Map.class);
    }

    static RequestSpecification with(String secret) {
        return given().header("Authorization", "Bearer " + secret);
    }

    @Test
    void aTokenCanDoWhatItsScopesAllowAndNothingElse() {
        String secret = (String) create("sync-" + unique(), "posts:write").get("secret");
        String slug = with(secret).contentType(ContentType.JSON).body("{\"title\": \"By token " + unique() + "\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        with(secret).contentType(ContentType.JSON).body("{\"status\": \"published\"}").patch("/api/posts/" + slug)
                .then().statusCode(200);
        with(secret).contentType(ContentType.JSON)
                .body("""
                        {"type": "blog", "title": "x", "date": "2026-01-01", "technologyArea": "dotnet", "targetAudiences": ["developer"]}""")
                .post("/api/contributions").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("contributions:write"));
        with(secret).get("/api/tokens").then().statusCode(403);
        with(secret).contentType(ContentType.JSON).body("{\"name\": \"x\", \"scopes\": [\"admin\"]}").post("/api/tokens")
                .then().statusCode(403);
    }

    @Test
    void draftsNeedTheDraftsReadScope() {
        String draft = author().contentType(ContentType.JSON).body("{\"title\": \"Hidden " + unique() + "\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String writer = (String) create("writer-" + unique(), "posts:write").get("secret");
        String reader = (String) create("preview-" + unique(), "drafts:read").get("secret");
        with(writer).get("/api/posts/" + draft).then().statusCode(404);
        with(reader).get("/api/posts/" + draft).then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        with(reader).contentType(ContentType.JSON).body("{\"title\": \"x\"}").post("/api/posts").then().statusCode(403);
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnceAndListsShowNoSecrets() {
        String name = "revoke-" + unique();
        Map<String, Object> token = create(name, "posts:write", "drafts:read");
        String secret = (String) token.get("secret");
        with(secret).get("/api/posts?status=draft").then().statusCode(200);
        author().get("/api/tokens").then().statusCode(200)
                .body("items.name", hasItem(name))
                .body("items.find { it.name == '" + name + "' }.prefix", equalTo(secret.substring(0, 10)))
                .body("items.find { it.name == '" + name + "' }.scopes", equalTo(List.of("drafts:read", "posts:write")))
                .body("items.find { it.name == '" + name + "' }.lastUsedAt", notNullValue())
                .body("items.find { it.name == '" + name + "' }", not(hasKey("secret")));
        author().delete("/api/tokens/" + token.get("id")).then().statusCode(204);
        with(secret).get("/api/posts").then().statusCode(401);
        author().get("/api/tokens").then().body("items.find { it.name == '" + name + "' }.revokedAt", notNullValue());
        author().delete("/api/tokens/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyAHashOfTheSecretIsStored() throws Exception {
        String secret = (String) create("stored-" + unique(), "posts:write").get("secret");
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select t::text from api_token t")) {
            while (rows.next()) {
                assertFalse(rows.getString(1).contains(secret.substring(4)), "the secret is stored in clear");
            }
        }
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                var query = db.prepareStatement("select count(*) from api_token where secret_hash = sha256(?::bytea)")) {
            query.setString(1, secret);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                assertEquals(1, count.getInt(1));
            }
        }
    }

    @Test
    void badTokenRequestsAreA400AndAnonymousCannotManageTokens() {
        author().contentType(ContentType.JSON).body("{\"name\": \"x\", \"scopes\": [\"root\"]}").post("/api/tokens")
                .then().statusCode(400).body("errors[0].field", containsString("scopes"));
        author().contentType(ContentType.JSON).body("{\"name\": \"\", \"scopes\": []}").post("/api/tokens")
                .then().statusCode(400);
        anonymous().get("/api/tokens").then().statusCode(401);
        with("mvp_not-a-real-token").get("/api/posts").then().statusCode(401);
    }
}
