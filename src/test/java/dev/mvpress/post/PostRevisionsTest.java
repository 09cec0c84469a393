package dev.mvpress.post;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class PostRevisionsTest {

    @Test
    void everyWriteKeepsARevisionWithItsAuthorAndAnOldOneCanBeRestored() {
        String editorName = "editor-" + unique();
        String editor = author().contentType(ContentType.JSON)
                .body("{\"name\": \"" + editorName + "\", \"scopes\": [\"posts:write\"]}").post("/api/tokens")
                .then().statusCode(201).extract().path("secret");
        String doc = "---\ntitle: First title " + unique() + "\ntags: [history]\n---\nFirst body";
        String slug = author().contentType(MARKDOWN).body(doc).post("/api/posts").then().statusCode(201).extract().path("slug");
        author().contentType(MARKDOWN).body(doc).put("/api/posts/" + slug).then().statusCode(200); // no change, no revision
        given().header("Authorization", "Bearer " + editor).contentType(ContentType.JSON)
                .body("{\"title\": \"Second title\", \"markdown\": \"Second body\", \"status\": \"published\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);

        author().get("/api/posts/" + slug + "/revisions").then().statusCode(200)
                .body("items.number", equalTo(List.of(2, 1)))
                .body("items.author", equalTo(List.of(editorName, "admin")))
                .body("items[0].title", equalTo("Second title"))
                .body("items[0].status", equalTo("published"));
        author().get("/api/posts/" + slug + "/revisions/1").then().statusCode(200)
                .body("post.markdown", equalTo("First body"))
                .body("post.status", equalTo("draft"))
                .body("post.tags", equalTo(List.of("history")));

        author().queryParam("include", "markdown").post("/api/posts/" + slug + "/revisions/1/restore").then()
                .statusCode(200).body("markdown", equalTo("First body"))
                .body("status", equalTo("draft"));
        author().get("/api/posts/" + slug + "/revisions").then().body("items.number", equalTo(List.of(3, 2, 1)));
        author().get("/api/posts/" + slug + "/revisions/9").then().statusCode(404);
        author().get("/api/posts/" + slug + "/revisions/zero").then().statusCode(400);
    }

    @Test
    void historyNeedsTheDraftsReadScope() {
        String slug = author().contentType(ContentType.JSON).body("{\"title\": \"Private history " + unique() + "\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        anonymous().get("/api/posts/" + slug + "/revisions").then().statusCode(401);
        String writer = author().contentType(ContentType.JSON)
                .body("{\"name\": \"w-" + unique() + "\", \"scopes\": [\"posts:write\"]}").post("/api/tokens")
                .then().statusCode(201).extract().path("secret");
        given().header("Authorization", "Bearer " + writer).get("/api/posts/" + slug + "/revisions").then().statusCode(403);
    }
}
