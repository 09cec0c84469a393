package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;
import dev.mvpress.web.TimeSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A published post logs itself as a blog contribution. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class BlogContributionTest {

    static io.restassured.response.ValidatableResponse blogEntries(String word) {
        return author().queryParam("type", "blog").queryParam("q", word).get("/api/contributions").then().statusCode(200);
    }

    @Test
    void publishingAPostLogsABlogEntryOnceAndARenameMovesItsUrl() {
        String word = "Zebrafish" + unique().replaceAll("[0-9]", "");
        String slug = createMarkdown("---\ntitle: " + word + " in production\ndescription: What we learned\n---\nBody");
        blogEntries(word).body("page.totalItems", equalTo(0));

        String publishedAt = author().contentType(ContentType.JSON).body("{\"status\": \"published\"}")
                .patch("/api/posts/" + slug).then().statusCode(200).extract().path("publishedAt");
        blogEntries(word).body("page.totalItems", equalTo(1))
                .body("items[0].title", equalTo(word + " in production"))
                .body("items[0].description", equalTo("What we learned"))
                .body("items[0].date", equalTo(publishedAt.substring(0, 10)))
                .body("items[0].url", equalTo("http://localhost:4321/blog/" + slug + "/"))
                .body("items[0].technologyArea", equalTo("web-development"))
                .body("items[0].targetAudiences", equalTo(List.of("developer")))
                .body("items[0].role", equalTo("author"))
                .body("items[0].postSlug", equalTo(slug));

        author().contentType(ContentType.JSON).body("{\"status\": \"draft\"}").patch("/api/posts/" + slug).then().statusCode(200);
        author().contentType(ContentType.JSON).body("{\"status\": \"published\"}").patch("/api/posts/" + slug).then().statusCode(200);
        blogEntries(word).body("page.totalItems", equalTo(1));

        String renamed = slug + "-renamed";
        author().contentType(ContentType.JSON).body("{\"slug\": \"" + renamed + "\"}").patch("/api/posts/" + slug)
                .then().statusCode(200);
        blogEntries(word).body("items[0].url", equalTo("http://localhost:4321/blog/" + renamed + "/"))
                .body("items[0].postSlug", equalTo(renamed));

        author().delete("/api/posts/" + renamed).then().statusCode(204);
        blogEntries(word).body("page.totalItems", equalTo(1)).body("items[0].postSlug", nullValue());
    }

    @Test
    void aScheduledPostsEntryAppearsForReadersWhenThePostDoes() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FixedTime clock = new FixedTime(start);
        QuarkusMock.installMockForType(clock, TimeSource.class);
        String word = "Quokka" + unique().replaceAll("[0-9]", "");
        Instant at = start.plus(2, ChronoUnit.DAYS);
        author().contentType(ContentType.JSON).body("{\"title\": \"" + word + " launch\", \"status\": \"scheduled\","
                + " \"publishedAt\": \"" + at + "\"}").post("/api/posts").then().statusCode(201);
        blogEntries(word).body("page.totalItems", equalTo(1));
        anonymous().queryParam("q", word).get("/api/contributions").then().body("page.totalItems", equalTo(0));
        clock.advanceTo(at.plusSeconds(1));
        anonymous().queryParam("q", word).get("/api/contributions").then().body("page.totalItems", equalTo(1));
    }

    @Test
    void aContributionCanLinkToAPostBySlug() {
        String slug = createMarkdown("---\ntitle: Linked " + unique() + "\n---\n");
        String id = author().contentType(ContentType.JSON).body("""
                {"type": "video", "title": "Video of the post", "date": "2026-02-02", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "postSlug": "%s"}""".formatted(slug))
                .post("/api/contributions").then().statusCode(201).extract().path("id");
        author().get("/api/contributions/" + id).then().body("postSlug", equalTo(slug));
        // The post is a draft, so for readers the entry about it does not exist yet.
        anonymous().get("/api/contributions/" + id).then().statusCode(404);
    }
}
