package dev.mvpress.post;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.endsWith;
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
class RelatedPostsTest {

    static String publish(String title, String date, String... tags) {
        return author().contentType(ContentType.JSON).body("{\"title\": \"" + title + "\", \"status\": \"published\","
                + " \"publishedAt\": \"" + date + "T12:00:00Z\", \"tags\": [\"" + String.join("\", \"", tags) + "\"]}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
    }

    @Test
    void postsSharingTheMostTagsComeFirstNewerFirstOnTies() {
        String id = unique();
        String a = "a" + id;
        String b = "b" + id;
        String c = "c" + id;
        String article = publish("Article " + id, "2025-05-01", a, b, c);
        String twoOld = publish("Two shared, older " + id, "2024-01-01", a, b);
        String twoNew = publish("Two shared, newer " + id, "2024-06-01", b, c);
        String one = publish("One shared " + id, "2025-01-01", c);
        publish("Nothing shared " + id, "2025-02-01", "other-" + id);
        createMarkdown("---\ntitle: Draft sharing all " + id + "\ntags: [" + a + ", " + b + ", " + c + "]\n---\n");

        anonymous().get("/api/posts/" + article + "/related").then().statusCode(200)
                .body("items.slug", equalTo(List.of(twoNew, twoOld, one)))
                .body("items[0].html", equalTo(null));
        anonymous().queryParam("limit", 1).get("/api/posts/" + article + "/related").then()
                .body("items.slug", equalTo(List.of(twoNew)));
        anonymous().queryParam("limit", 0).get("/api/posts/" + article + "/related").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        anonymous().get("/api/posts/no-such-post-" + id + "/related").then().statusCode(404);

        author().contentType(ContentType.JSON).body("{\"slug\": \"" + article + "-moved\"}").patch("/api/posts/" + article)
                .then().statusCode(200);
        anonymous().redirects().follow(false).queryParam("limit", 2).get("/api/posts/" + article + "/related").then()
                .statusCode(301).header("Location", endsWith("/api/posts/" + article + "-moved/related?limit=2"));
    }
}
