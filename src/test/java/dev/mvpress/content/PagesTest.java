package dev.mvpress.content;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.as;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.tokenWith;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * Pages (about, uses, speaking) live beside posts: written and read like them at /api/pages, in the sitemap, and
 * never in a post list, search, feed, related posts, tag counts or the contributions log.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class PagesTest {

    static String aboutPage(String slug, String id) {
        return """
                ---
                title: Über mich – %1$s
                kind: page
                slug: %2$s
                description: Wer hier schreibt, und warum
                status: published
                metaTitle: About Zoë %1$s
                ---
                ## Wer ich bin

                Ich schreibe über .NET, Azure und Podcasts – aus Zürich. 東京 too.

                | Talk | Year |
                | --- | --- |
                | Minimal APIs | 2025 |

                ```csharp
                app.MapGet("/", () => "Grüezi");
                ```
                """.formatted(id, slug);
    }

    @Test
    void aPageIsWrittenAndReadAtApiPagesAndRoundTripsAsMarkdown() {
        String id = unique();
        String slug = "about-" + id;
        author().contentType(MARKDOWN + "; charset=UTF-8").body(aboutPage(slug, id)).put("/api/pages/" + slug).then()
                .statusCode(201)
                .header("Location", endsWith("/api/pages/" + slug)).body("kind", equalTo("page"));
        anonymous().get("/api/pages/" + slug).then().statusCode(200)
                .body("kind", equalTo("page"))
                .body("title", equalTo("Über mich – " + id))
                .body("url", equalTo("http://localhost:4321/" + slug + "/"))
                .body("html", containsString("<table>"))
                .body("markdown", equalTo(null))
                .body("toc[0].text", equalTo("Wer ich bin"))
                .body("seo.title", equalTo("About Zoë " + id))
                .body("seo.type", equalTo("website"))
                .body("previous", equalTo(null))
                .body("next", equalTo(null))
                .body("jsonLd.'@type'", equalTo("WebPage"))
                .body("jsonLd.name", equalTo("About Zoë " + id));

        String markdown = author().accept(MARKDOWN).get("/api/pages/" + slug).then().statusCode(200)
                .body(containsString("kind: page")).extract().asString();
        long version = author().get("/api/pages/" + slug).then().extract().jsonPath().getLong("version");
        author().contentType(MARKDOWN + "; charset=UTF-8").body(markdown).put("/api/pages/" + slug).then().statusCode(200)
                .body("version", equalTo((int) version));

        author().contentType(ContentType.JSON).body("{\"description\": \"Kurz\"}").patch("/api/pages/" + slug).then()
                .statusCode(200).body("description", equalTo("Kurz"));
        author().contentType(ContentType.JSON).body("{\"slug\": \"" + slug + "-neu\"}").patch("/api/pages/" + slug).then()
                .statusCode(200);
        anonymous().redirects().follow(false).get("/api/pages/" + slug).then().statusCode(301)
                .header("Location", endsWith("/api/pages/" + slug + "-neu"));
        author().delete("/api/pages/" + slug + "-neu").then().statusCode(204);
        anonymous().get("/api/pages/" + slug + "-neu").then().statusCode(404);
    }

    @Test
    void aPageIsNeverAPostAndAPostNeverAPage() {
        String id = unique();
        String page = "uses-" + id;
        author().contentType(MARKDOWN + "; charset=UTF-8").body(aboutPage(page, id)).put("/api/pages/" + page).then()
                .statusCode(201);
        String post = dev.mvpress.support.Api.createPublished("A post beside the page " + id, "podcast-" + id);

        anonymous().get("/api/posts/" + page).then().statusCode(404);
        anonymous().get("/api/pages/" + post).then().statusCode(404);
        author().get("/api/posts/" + page + "/revisions").then().statusCode(404);
        author().contentType(ContentType.JSON).body("{\"title\": \"x\"}").patch("/api/posts/" + page).then().statusCode(404);
        author().delete("/api/posts/" + page).then().statusCode(404);
        author().contentType(ContentType.JSON).body("{\"title\": \"Taken\"}").put("/api/posts/" + page).then().statusCode(409)
                .body("errors[0].field", equalTo("slug"));
        author().contentType(ContentType.JSON).body("{\"title\": \"Taken\"}").put("/api/pages/" + post).then().statusCode(409)
                .body("errors[0].field", equalTo("slug"));
        // A conditional PUT at the wrong kind's route is the same conflict: the page's ETag is not this route's
        // representation, so neither a stale one (412) nor the page's own (a write) is the answer.
        String pageTag = author().get("/api/pages/" + page).then().statusCode(200).extract().header("ETag");
        for (String tag : new String[]{"\"stale\"", pageTag}) {
            author().contentType(ContentType.JSON).header("If-Match", tag).body("{\"title\": \"Taken\"}")
                    .put("/api/posts/" + page).then().statusCode(409).body("errors[0].field", equalTo("slug"));
        }
        author().get("/api/pages/" + page).then().statusCode(200).header("ETag", pageTag).body("title", not(equalTo("Taken")));
        author().contentType(MARKDOWN + "; charset=UTF-8").body(aboutPage("other-" + id, id)).post("/api/posts").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        author().contentType(ContentType.JSON).body("{\"title\": \"Tagged page\", \"tags\": [\"dotnet\"]}")
                .post("/api/pages").then().statusCode(400).body("errors[0].field", equalTo("tags"));
        anonymous().get("/api/pages/" + page).then().statusCode(200);
    }

    @Test
    void noPostRouteShowsAPage() {
        String id = unique();
        String page = "speaking-" + id;
        String cursor = changes(null, new ArrayList<>());
        author().contentType(MARKDOWN + "; charset=UTF-8").body(aboutPage(page, id)).put("/api/pages/" + page).then()
                .statusCode(201);
        List<Map<String, Object>> changed = new ArrayList<>();
        changes(cursor, changed);
        List<Object> entities = changed.stream().filter(c -> page.equals(c.get("slug"))).map(c -> c.get("entity")).toList();
        assertEquals(List.of("page"), entities, "the changes feed names a page as a page");
        anonymous().get("/api/posts/" + page + "/related").then().statusCode(404);

        anonymous().queryParam("size", 100).get("/api/posts").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("post")))
                .body("items.slug", not(hasItem(page)));
        as(tokenWith("drafts:read")).queryParam("status", "any").queryParam("size", 100).get("/api/posts").then()
                .body("items.slug", not(hasItem(page)));
        anonymous().queryParam("q", "Grüezi Zürich " + id).get("/api/posts").then().statusCode(200)
                .body("page.totalItems", equalTo(0));
        anonymous().get("/api/feed.json").then().statusCode(200).body("items.url", not(hasItem(containsString(page))));
        anonymous().get("/api/feed.xml").then().statusCode(200).body(not(containsString(page)));
        anonymous().get("/api/feed.atom").then().statusCode(200).body(not(containsString(page)));
        as(tokenWith("drafts:read")).queryParam("size", 100).get("/api/contributions").then().statusCode(200)
                .body("items.url", not(hasItem(containsString(page))));
        anonymous().get("/api/sitemap.xml").then().statusCode(200)
                .body(containsString("<loc>http://localhost:4321/" + page + "/</loc>"));
    }

    /** Reads the changes feed from the cursor on, as a sync client does; returns the cursor after them. */
    static String changes(String cursor, List<Map<String, Object>> into) {
        boolean more = true;
        while (more) {
            var request = anonymous().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            var page = request.get("/api/changes").then().statusCode(200).extract().jsonPath();
            into.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        return cursor;
    }

    @Test
    void aDraftPageIsSeenOnlyWithDraftsRead() {
        String id = unique();
        String draft = "now-" + id;
        author().contentType(ContentType.JSON).body("{\"title\": \"Now " + id + "\", \"markdown\": \"What I do now\"}")
                .put("/api/pages/" + draft).then().statusCode(201);
        anonymous().get("/api/pages/" + draft).then().statusCode(404);
        anonymous().queryParam("size", 100).get("/api/pages").then().statusCode(200)
                .body("items.slug", not(hasItem(draft)));
        anonymous().queryParam("status", "any").get("/api/pages").then().statusCode(200)
                .body("items.slug", not(hasItem(draft)));
        String reader = tokenWith("drafts:read");
        as(reader).get("/api/pages/" + draft).then().statusCode(200).body("status", equalTo("draft"));
        as(reader).queryParam("status", "draft").queryParam("size", 100).get("/api/pages").then()
                .body("items.slug", hasItem(draft))
                .body("items.kind", everyItem(equalTo("page")));
        anonymous().get("/api/sitemap.xml").then().body(not(containsString(draft)));
        author().contentType(ContentType.JSON).body("{\"status\": \"published\"}").patch("/api/pages/" + draft).then()
                .statusCode(200);
        anonymous().queryParam("size", 100).get("/api/pages").then().statusCode(200).body("items.slug", hasItem(draft));
        List<Object> html = anonymous().get("/api/pages").then().extract().path("items.html");
        assertFalse(html.stream().anyMatch(h -> h != null), "lists carry no body");
    }
}
