package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;

/** A published post logs itself as a blog contribution. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class BlogContributionTest {

    static ValidatableResponse blogEntries(String word) {
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

        author().contentType(ContentType.JSON).body("{\"status\": \"draft\"}").patch("/api/posts/" + slug).then()
                .statusCode(200);
        author().contentType(ContentType.JSON).body("{\"status\": \"published\"}").patch("/api/posts/" + slug).then()
                .statusCode(200);
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

    private static String entryId(String word) {
        return blogEntries(word).body("page.totalItems", equalTo(1)).extract().path("items[0].id");
    }

    @Test
    void theEntryFollowsItsPostsDateTitleAndDescriptionUntilTheAuthorEditsIt() {
        String word = "Narwhal" + unique().replaceAll("[0-9]", "");
        String slug = createMarkdown("---\ntitle: " + word + " über alles\ndescription: Erste Fassung\nstatus: published\n"
                + "publishedAt: 2025-07-01T08:00:00Z\n---\nKörper");
        String id = entryId(word);
        author().get("/api/contributions/" + id).then().body("date", equalTo("2025-07-01")).body("followsPost", equalTo(true));

        // Re-dated into the previous MVP year, retitled: the entry moves with it.
        author().contentType(ContentType.JSON).body("{\"publishedAt\": \"2025-06-30T22:30:00Z\", \"title\": \"" + word
                + " — 改訂版\", \"description\": \"Zweite Fassung\"}").patch("/api/posts/" + slug).then().statusCode(200);
        author().get("/api/contributions/" + id).then().body("date", equalTo("2025-06-30"))
                .body("title", equalTo(word + " — 改訂版")).body("description", equalTo("Zweite Fassung"));
        author().queryParam("format", "portal").queryParam("from", "2025-06-30").queryParam("to", "2025-06-30")
                .get("/api/contributions/export").then().statusCode(200)
                .body("find { it.activity.title == '" + word + " — 改訂版' }.activity.date",
                        equalTo("2025-06-30T00:00:00.000Z"));

        // A PATCH that changes nothing keeps it following; the author's own edit ends that.
        author().contentType(ContentType.JSON).body("{}").patch("/api/contributions/" + id).then().statusCode(200)
                .body("followsPost", equalTo(true));
        author().contentType(ContentType.JSON).body("{\"title\": \"Mein Titel\", \"reach\": 1200}")
                .patch("/api/contributions/" + id).then().statusCode(200).body("followsPost", equalTo(false));
        author().contentType(ContentType.JSON)
                .body("{\"title\": \"" + word + " dritte\", \"publishedAt\": \"2025-08-01T00:00:00Z\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        author().get("/api/contributions/" + id).then().body("title", equalTo("Mein Titel")).body("date", equalTo("2025-06-30"))
                .body("reach", equalTo(1200));
    }

    @Test
    void theEntrysUrlIsTheConfiguredSitesNotTheOneAtPublishTime() throws Exception {
        String word = "Axolotl" + unique().replaceAll("[0-9]", "");
        String slug = createMarkdown("---\ntitle: " + word + "\nstatus: published\n---\nKörper");
        String id = entryId(word);
        // As if logged while MVPRESS_SITE_BASE_URL still had another value.
        String jdbc = ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class);
        try (var connection = DriverManager.getConnection(jdbc, "postgres", "");
                var update = connection.prepareStatement("update contribution set url = ? where id = ?")) {
            update.setString(1, "https://staging.example/blog/" + slug + "/");
            update.setObject(2, UUID.fromString(id));
            Assertions.assertEquals(1, update.executeUpdate());
        }
        String current = "http://localhost:4321/blog/" + slug + "/";
        author().get("/api/contributions/" + id).then().body("url", equalTo(current));
        anonymous().get("/api/contributions/" + id).then().body("url", equalTo(current));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String csv = author().queryParam("from", today).queryParam("to", today).get("/api/contributions/export")
                .then().statusCode(200).extract().asString();
        Assertions.assertTrue(csv.contains(current), csv);
        Assertions.assertFalse(csv.contains("staging.example"), csv);
        author().queryParam("format", "portal").queryParam("from", today).queryParam("to", today)
                .get("/api/contributions/export").then().statusCode(200)
                .body("find { it.activity.title == '" + word + "' }.activity.url", equalTo(current));
    }

    @Test
    void aDeletedPostPutBackTakesItsEntryBackInsteadOfLoggingASecond() {
        String word = "Pangolin" + unique().replaceAll("[0-9]", "");
        String slug = "pangolin-" + unique();
        String document = "---\ntitle: " + word + " zurück\nstatus: published\n---\nKörper";
        author().contentType("text/markdown").body(document).put("/api/posts/" + slug).then().statusCode(201);
        String id = entryId(word);
        author().delete("/api/posts/" + slug).then().statusCode(204);
        blogEntries(word).body("items[0].postSlug", nullValue());

        author().contentType("text/markdown").body(document).put("/api/posts/" + slug).then().statusCode(201);
        blogEntries(word).body("page.totalItems", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].postSlug", equalTo(slug)).body("items[0].followsPost", equalTo(true));
    }
}
