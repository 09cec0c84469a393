package dev.mvpress.post;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.createPublished;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class PostResourceTest {

    @Test
    void markdownWithFrontMatterCreatesADraftWithDerivedSlugTagsAndSafeHtml() {
        String id = unique();
        String doc = """
                ---
                title: "Shipping a podcast feed %s"
                tags: [dotnet-%s, Podcast %s]
                description: "How we publish episodes..."
                series: podcasting
                ---
                Body in **markdown** with <script>alert(1)</script> a [link](javascript:alert(1)).
                """.formatted(id, id, id);
        ExtractableResponse<Response> created = author().contentType(MARKDOWN).body(doc).post("/api/posts")
                .then().statusCode(201)
                .header("Location", endsWith("/api/posts/shipping-a-podcast-feed-" + id))
                .body("slug", equalTo("shipping-a-podcast-feed-" + id))
                .body("status", equalTo("draft"))
                .body("publishedAt", nullValue())
                .body("tags.slug", equalTo(List.of("dotnet-" + id, "podcast-" + id)))
                .body("tags.name", equalTo(List.of("dotnet-" + id, "Podcast " + id)))
                .body("html", containsString("<strong>markdown</strong>"))
                .body("html", not(containsString("<script")))
                .body("html", not(containsString("javascript:")))
                .body("description", equalTo("How we publish episodes..."))
                .body("excerpt", equalTo("How we publish episodes..."))
                .body("series.slug", equalTo("podcasting"))
                .body("metadata.series", nullValue())
                .body("url", equalTo("http://localhost:4321/blog/shipping-a-podcast-feed-" + id + "/"))
                .extract();
        assertTrue(created.<Integer>path("wordCount") > 5);
        assertEquals(1, (int) created.path("readingTimeMinutes"));

        author().get("/api/tags/podcast-" + id).then().statusCode(200).body("name", equalTo("Podcast " + id));
    }

    @Test
    void puttingTheSameMarkdownFileTwiceCreatesThenChangesNothing() {
        String slug = "sync-" + unique();
        String doc = """
                ---
                title: Synced from a folder
                tags: sync, folder
                date: 2024-03-05
                draft: false
                ---
                The body.
                """;
        ExtractableResponse<Response> first = author().contentType(MARKDOWN).body(doc).put("/api/posts/" + slug)
                .then().statusCode(201).header("Location", endsWith("/api/posts/" + slug))
                .body("status", equalTo("published"))
                .body("publishedAt", equalTo("2024-03-05T00:00:00Z"))
                .body("tags.slug", equalTo(List.of("sync", "folder")))
                .extract();
        author().contentType(MARKDOWN).body(doc).put("/api/posts/" + slug)
                .then().statusCode(200)
                .body("version", equalTo(first.<Integer>path("version")))
                .body("updatedAt", equalTo(first.path("updatedAt")));
    }

    @Test
    void aPostFetchedAsMarkdownCanBePutBackUnchanged() {
        String id = unique();
        String slug = createMarkdown("""
                ---
                title: "Round trip: YAML & quotes %s"
                description: 'It''s "quoted"'
                tags: [roundtrip-%s]
                canonical_url: https://dev.to/me/round-trip
                cover_image: https://example.com/cover.png
                published: true
                date: 2023-11-01T14:03:00Z
                episode: 7
                nested: {a: [1, 2], b: "0123"}
                series: Round trips %s
                series_order: 3
                ---
                # Heading

                | a | b |
                |---|---|
                | 1 | 2 |
                """.formatted(id, id, id));
        String markdown = author().accept(MARKDOWN).get("/api/posts/" + slug)
                .then().statusCode(200).contentType(containsString("text/markdown")).extract().asString();
        assertTrue(markdown.startsWith("---\n"), markdown);
        assertTrue(markdown.contains("canonicalUrl: https://dev.to/me/round-trip"), markdown);
        ExtractableResponse<Response> before = author().get("/api/posts/" + slug).then().extract();

        author().contentType(MARKDOWN).body(markdown).put("/api/posts/" + slug)
                .then().statusCode(200)
                .body("version", equalTo(before.<Integer>path("version")))
                .body("updatedAt", equalTo(before.path("updatedAt")))
                .body("metadata.episode", equalTo(7))
                .body("metadata.nested.b", equalTo("0123"))
                .body("series.slug", equalTo("round-trips-" + id))
                .body("seriesPosition", equalTo(3))
                .body("coverImage.url", equalTo("https://example.com/cover.png"))
                .body("status", equalTo("published"))
                .body("publishedAt", equalTo("2023-11-01T14:03:00Z"));
        String again = author().accept(MARKDOWN).get("/api/posts/" + slug).then().extract().asString();
        assertEquals(markdown, again);
    }

    @Test
    void publishingWithAMergePatchStampsPublishedAtOnceAndKeepsIt() {
        String slug = createMarkdown("---\ntitle: Publish me " + unique() + "\n---\nText");
        anonymous().get("/api/posts/" + slug).then().statusCode(404);

        String firstDate = author().contentType("application/merge-patch+json").body("{\"status\": \"published\"}")
                .patch("/api/posts/" + slug).then().statusCode(200)
                .body("status", equalTo("published")).body("publishedAt", notNullValue())
                .extract().path("publishedAt");
        anonymous().get("/api/posts/" + slug).then().statusCode(200).body("title", containsString("Publish me"));

        author().contentType(ContentType.JSON).body("{\"status\": \"draft\"}").patch("/api/posts/" + slug)
                .then().statusCode(200).body("status", equalTo("draft"));
        anonymous().get("/api/posts/" + slug).then().statusCode(404);
        author().contentType(ContentType.JSON).body("{\"status\": \"published\"}").patch("/api/posts/" + slug)
                .then().statusCode(200).body("publishedAt", equalTo(firstDate));
    }

    @Test
    void aScheduledPostAppearsOnItsOwnWhenItsTimePasses() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FixedTime clock = new FixedTime(start);
        QuarkusMock.installMockForType(clock, TimeSource.class);
        String tag = "sched-" + unique();
        String slug = createMarkdown("---\ntitle: Later " + tag + "\ntags: [" + tag + "]\n---\nSoon.");
        Instant at = start.plus(1, ChronoUnit.HOURS);
        author().contentType(ContentType.JSON)
                .body("{\"status\": \"scheduled\", \"publishedAt\": \"" + at + "\"}")
                .patch("/api/posts/" + slug).then().statusCode(200).body("status", equalTo("scheduled"));

        anonymous().get("/api/posts/" + slug).then().statusCode(404);
        anonymous().queryParam("tag", tag).get("/api/posts").then().body("page.totalItems", equalTo(0));
        // A tag only a scheduled post carries does not exist for readers yet.
        anonymous().get("/api/tags/" + tag).then().statusCode(404);

        clock.advanceTo(at.plusSeconds(1));
        anonymous().get("/api/posts/" + slug).then().statusCode(200).body("status", equalTo("published"));
        anonymous().queryParam("tag", tag).get("/api/posts").then().body("items.slug", equalTo(List.of(slug)));
        anonymous().get("/api/tags/" + tag).then().body("postCount", equalTo(1));
    }

    @Test
    void schedulingNeedsAFutureDate() {
        String slug = createMarkdown("---\ntitle: Not now " + unique() + "\n---\n");
        author().contentType(ContentType.JSON).body("{\"status\": \"scheduled\", \"publishedAt\": \"2001-01-01T00:00:00Z\"}")
                .patch("/api/posts/" + slug).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("publishedAt"));
        author().contentType(ContentType.JSON).body("{\"status\": \"scheduled\"}")
                .patch("/api/posts/" + slug).then().statusCode(400).body("errors.field", hasItem("publishedAt"));
    }

    @Test
    void aDateAloneDoesNotPublish() {
        String slug = createMarkdown("---\ntitle: Dated draft " + unique() + "\ndate: 2020-02-02\n---\n");
        author().get("/api/posts/" + slug).then().body("status", equalTo("draft"))
                .body("publishedAt", equalTo("2020-02-02T00:00:00Z"));
        anonymous().get("/api/posts/" + slug).then().statusCode(404);
    }

    @Test
    void publishedWithAFutureDateIsScheduled() {
        String future = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        author().contentType(ContentType.JSON)
                .body("{\"title\": \"Future " + unique() + "\", \"status\": \"published\", \"publishedAt\": \"" + future
                        + "\"}")
                .post("/api/posts").then().statusCode(201).body("status", equalTo("scheduled"));
    }

    @Test
    void draftsAreInvisibleWithoutATokenButListedForTheAuthor() {
        String tag = "hidden-" + unique();
        String draft = createMarkdown("---\ntitle: Secret draft " + tag + "\ntags: [" + tag + "]\n---\nshh");
        String published = createPublished("Public " + tag, tag);

        anonymous().get("/api/posts/" + draft).then().statusCode(404).contentType("application/problem+json");
        anonymous().queryParam("tag", tag).get("/api/posts").then().statusCode(200)
                .body("items.slug", equalTo(List.of(published))).body("page.totalItems", equalTo(1));
        anonymous().queryParam("tag", tag).queryParam("status", "draft").get("/api/posts").then()
                .body("page.totalItems", equalTo(0));
        author().get("/api/posts/" + draft).then().statusCode(200).body("status", equalTo("draft"));
        author().queryParam("tag", tag).queryParam("status", "draft").get("/api/posts").then()
                .body("items.slug", equalTo(List.of(draft)));
        author().queryParam("tag", tag).queryParam("status", "any").get("/api/posts").then()
                .body("page.totalItems", equalTo(2));
        anonymous().get("/api/tags/" + tag).then().body("postCount", equalTo(1));
    }

    @Test
    void aDerivedSlugThatIsTakenGetsANumberButAnExplicitOneIsAConflict() {
        String title = "Becoming a Microsoft MVP " + unique();
        String first = createMarkdown("---\ntitle: " + title + "\n---\n");
        String second = createMarkdown("---\ntitle: " + title + "\n---\n");
        String third = createMarkdown("---\ntitle: " + title + "\n---\n");
        assertEquals(second, first + "-2");
        assertEquals(third, first + "-3");
        author().contentType(MARKDOWN).body("---\ntitle: Other\nslug: " + first + "\n---\n").post("/api/posts")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void slugsFoldAccentsAndPunctuation() {
        String id = unique();
        author().contentType(ContentType.JSON).body("{\"title\": \"Ça marche: Übergrößen & C# in Zürich! " + id + "\"}")
                .post("/api/posts").then().statusCode(201)
                .body("slug", equalTo("ca-marche-ubergrossen-c-in-zurich-" + id));
    }

    @Test
    void changingTheSlugKeepsTheOldOneAsARedirect() {
        String old = createPublished("Old name " + unique());
        String renamed = old.replace("old-name", "new-name");
        author().contentType(ContentType.JSON).body("{\"slug\": \"" + renamed + "\"}").patch("/api/posts/" + old)
                .then().statusCode(200).body("slug", equalTo(renamed));
        anonymous().redirects().follow(false).get("/api/posts/" + old)
                .then().statusCode(301).header("Location", endsWith("/api/posts/" + renamed));
        anonymous().get("/api/posts/" + old).then().statusCode(200).body("slug", equalTo(renamed));
    }

    @Test
    void listsFilterByAllTagsAndByDateAndSortAndPageWithLinks() {
        String t = unique();
        String a = "a-" + t;
        String b = "b-" + t;
        author().contentType(MARKDOWN)
                .body("---\ntitle: Zeta " + t + "\ntags: [" + a + ", " + b + "]\ndate: 2022-01-10\ndraft: false\n---\n")
                .post("/api/posts").then().statusCode(201);
        author().contentType(MARKDOWN)
                .body("---\ntitle: Alpha " + t + "\ntags: [" + a + "]\ndate: 2022-02-10\ndraft: false\n---\n")
                .post("/api/posts").then().statusCode(201);
        author().contentType(MARKDOWN)
                .body("---\ntitle: Mid " + t + "\ntags: [" + a + ", " + b + "]\ndate: 2022-03-10\ndraft: false\n---\n")
                .post("/api/posts").then().statusCode(201);

        anonymous().queryParam("tag", a).get("/api/posts").then().statusCode(200)
                .body("items.title", equalTo(List.of("Mid " + t, "Alpha " + t, "Zeta " + t)))
                .body("items[0].markdown", nullValue()).body("items[0].html", nullValue())
                .body("items[0].tags.slug", equalTo(List.of(a, b)));
        anonymous().queryParam("tag", a).queryParam("tag", b.toUpperCase()).get("/api/posts").then()
                .body("items.title", equalTo(List.of("Mid " + t, "Zeta " + t)));
        anonymous().queryParam("tag", a).queryParam("from", "2022-02-10").queryParam("to", "2022-03-09").get("/api/posts")
                .then().body("items.title", equalTo(List.of("Alpha " + t)));
        anonymous().queryParam("tag", a).queryParam("sort", "title").get("/api/posts").then()
                .body("items.title", equalTo(List.of("Alpha " + t, "Mid " + t, "Zeta " + t)));
        anonymous().queryParam("tag", a).queryParam("sort", "publishedAt").queryParam("include", "body").get("/api/posts")
                .then().body("items.title", equalTo(List.of("Zeta " + t, "Alpha " + t, "Mid " + t)))
                .body("items.html", everyItem(notNullValue()));

        anonymous().queryParam("tag", a).queryParam("size", 1).queryParam("page", 2).get("/api/posts").then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("Alpha " + t)))
                .body("page.number", equalTo(2)).body("page.size", equalTo(1))
                .body("page.totalItems", equalTo(3)).body("page.totalPages", equalTo(3))
                .header("Link", containsString("page=1>; rel=\"first\""))
                .header("Link", containsString("page=1>; rel=\"prev\""))
                .header("Link", containsString("page=3>; rel=\"next\""))
                .header("Link", containsString("page=3>; rel=\"last\""));
    }

    @Test
    void badListParametersAreA400NamingTheParameter() {
        for (String[] bad : new String[][]{{"size", "0"}, {"size", "101"}, {"size", "ten"}, {"page", "0"},
                {"page", "-1"}, {"from", "2024-13-01"}, {"to", "yesterday"}, {"sort", "random"},
                {"status", "deleted"}, {"include", "everything"}}) {
            anonymous().queryParam(bad[0], bad[1]).get("/api/posts").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors[0].field", equalTo(bad[0]));
        }
        anonymous().queryParam("from", "2024-02-01").queryParam("to", "2024-01-01").get("/api/posts").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void anExcerptIsTheOpeningOfTheBodyWhenThereIsNoDescription() {
        String body = "Word ".repeat(400);
        author().contentType(ContentType.JSON).body("{\"title\": \"Long " + unique() + "\", \"markdown\": \"" + body + "\"}")
                .post("/api/posts").then().statusCode(201)
                .body("excerpt.length()", Matchers.lessThanOrEqualTo(300))
                .body("excerpt", Matchers.startsWith("Word Word"))
                .body("wordCount", equalTo(400))
                .body("readingTimeMinutes", equalTo(2));
    }

    @Test
    void deletingAPostAnswers204AndThenItIsGone() {
        String slug = createPublished("Short lived " + unique());
        author().delete("/api/posts/" + slug).then().statusCode(204);
        author().get("/api/posts/" + slug).then().statusCode(404);
        author().delete("/api/posts/" + slug).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aFullReplaceAsJsonAcceptsTheJsonItWasGiven() {
        String slug = createPublished("Json round trip " + unique(), "json-" + unique());
        String fetched = author().get("/api/posts/" + slug).then().extract().asString();
        int version = author().get("/api/posts/" + slug).then().extract().path("version");
        author().contentType(ContentType.JSON).body(fetched).put("/api/posts/" + slug)
                .then().statusCode(200).body("version", equalTo(version));
    }
}
