package dev.mvpress.auth;

import static dev.mvpress.auth.ApiTokenTest.create;
import static dev.mvpress.auth.ApiTokenTest.with;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * The bearer filter enforces what the matched resource method declares, for HEAD as for GET, and
 * leaves requests that match no resource method to the 404 and 405 they get anyway.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class DeclaredAccessTest {

    private static String token(String... scopes) {
        return (String) create("d-" + unique(), scopes).get("secret");
    }

    @Test
    void aPostsHistoryNeedsDraftsReadAndNothingElse() {
        String slug = author().contentType(ContentType.JSON)
                .body("{\"title\": \"Geschichte – Entwurf " + unique() + "\", \"markdown\": \"Erste Fassung 秘密\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        anonymous().get("/api/posts/" + slug + "/revisions").then().statusCode(401);
        anonymous().head("/api/posts/" + slug + "/revisions").then().statusCode(401);
        with(token("posts:write", "contributions:write")).get("/api/posts/" + slug + "/revisions/1").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("drafts:read"));
        with(token("drafts:read")).get("/api/posts/" + slug + "/revisions").then().statusCode(200)
                .body("items[0].title", containsString("Geschichte"));
        with(token("drafts:read")).get("/api/posts/" + slug + "/revisions/1").then().statusCode(200)
                .body("post.markdown", equalTo("Erste Fassung 秘密"));
    }

    @Test
    void restoreNamesEveryScopeItNeeds() {
        String slug = author().contentType(ContentType.JSON)
                .body("{\"title\": \"Wiederherstellen " + unique() + "\", \"markdown\": \"Alt\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        with(token("contributions:write")).post("/api/posts/" + slug + "/revisions/1/restore").then().statusCode(403)
                .body("detail", containsString("posts:write and drafts:read"));
        // Each missing scope once; the whole need is spelled out only when the token holds part of it.
        with(token("contributions:write")).post("/api/posts/" + slug + "/revisions/1/restore").then().statusCode(403)
                .body("detail", equalTo("This token lacks the scopes posts:write and drafts:read that this operation needs"));
        with(token("posts:write")).post("/api/posts/" + slug + "/revisions/1/restore").then().statusCode(403)
                .body("detail", equalTo("This token lacks the scope drafts:read that this operation needs"
                        + " (it needs posts:write and drafts:read)"));
    }

    @Test
    void tokenManagementNeedsAdminOnEveryMethod() {
        String writer = token("posts:write", "contributions:write", "drafts:read");
        with(writer).get("/api/tokens").then().statusCode(403).body("detail", containsString("admin"));
        with(writer).head("/api/tokens").then().statusCode(403);
        anonymous().head("/api/tokens").then().statusCode(401);
        with(writer).contentType(ContentType.JSON).body("{\"name\": \"x\", \"scopes\": [\"admin\"]}").post("/api/tokens")
                .then().statusCode(403);
    }

    @Test
    void publicReadsNeedNoTokenButASentOneMustBeValid() {
        anonymous().get("/api/contributions/summary").then().statusCode(200);
        anonymous().head("/api/posts").then().statusCode(200);
        anonymous().get("/api/feed.xml").then().statusCode(200);
        with("mvp_not-a-real-token").get("/api/feed.xml").then().statusCode(401);
        with(token("contributions:write")).get("/api/tags").then().statusCode(200);
    }

    @Test
    void requestsThatMatchNoResourceMethodAreLeftTo404And405() {
        anonymous().get("/api/nothing").then().statusCode(404);
        with("wrong").get("/api/nothing").then().statusCode(404);
        anonymous().contentType(ContentType.JSON).body("{}").post("/api/nothing").then().statusCode(404);
        anonymous().delete("/api/posts").then().statusCode(405).header("Allow", containsString("POST"));
        with("wrong").post("/api/changes").then().statusCode(405);
    }
}
