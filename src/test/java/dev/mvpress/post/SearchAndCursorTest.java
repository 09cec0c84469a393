package dev.mvpress.post;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.mvpress.support.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SearchAndCursorTest {

    static String publish(String title, String description, String body, String date, String tag) {
        String json = """
                {"title": "%s", "description": %s, "markdown": "%s", "status": "published", "publishedAt": "%sT10:00:00Z",
                 "tags": ["%s"]}""".formatted(title, description == null ? "null" : "\"" + description + "\"", body, date, tag);
        return author().contentType(ContentType.JSON).body(json).post("/api/posts").then().statusCode(201).extract()
                .path("slug");
    }

    @Test
    void searchRanksTitleOverDescriptionOverBodyAndHighlightsASafeSnippet() {
        String word = "xylophone" + unique().replaceAll("[0-9]", "");
        String tag = "search-" + unique();
        String inBody = publish("Body match", null, "We tuned the " + word + " while a < b & c held.", "2024-01-01", tag);
        String inTitle = publish("The " + word + " handbook", null, "Nothing else.", "2023-01-01", tag);
        String inDescription = publish("Description match", "All about the " + word, "Plain body.", "2025-01-01", tag);
        publish("Unrelated", null, "Different words entirely.", "2025-06-01", tag);

        anonymous().queryParam("q", word).get("/api/posts").then().statusCode(200)
                .body("items.slug", equalTo(List.of(inTitle, inDescription, inBody)))
                .body("items[2].snippet", containsString("<mark>" + word + "</mark>"))
                .body("items[2].snippet", containsString("a &lt; b &amp; c"))
                .body("items[2].snippet", not(containsString("a < b")));
        anonymous().queryParam("q", word).queryParam("sort", "-publishedAt").get("/api/posts").then()
                .body("items.slug", equalTo(List.of(inDescription, inBody, inTitle)));
        // Exclusion: ranks of the remaining matches may tie once a negated term is in the query.
        anonymous().queryParam("q", word + " -handbook").get("/api/posts").then()
                .body("items.slug", Matchers.containsInAnyOrder(inDescription, inBody));
        anonymous().queryParam("q", "\"the " + word + " handbook\"").get("/api/posts").then()
                .body("items.slug", equalTo(List.of(inTitle)));
        anonymous().queryParam("tag", tag).get("/api/posts").then().body("items[0]", not(hasKey("snippet")));
        anonymous().queryParam("sort", "relevance").get("/api/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aLongPostsSnippetShowsTheMatchWhereverItIs() {
        String word = "zeppelin" + unique().replaceAll("[0-9]", "");
        String tag = "snippet-" + unique();
        // About 2,500 words of real-looking prose with a table, code and non-ASCII text before the only match.
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            prose.append("Paragraph ").append(i).append(": the Grüße of Zürich, caching and tracing in Azure Functions,")
                    .append(" measured twice and written down. \\n\\n");
            if (i % 40 == 0) {
                prose.append(
                        "| Tier | p99 |\\n| --- | --- |\\n| Premium | 12 ms |\\n\\n```csharp\\nvar cache = new MemoryCache();\\n```\\n\\n");
            }
        }
        String late = publish("Late match", null, prose + "At last the " + word + " landed on the roof.", "2024-03-01", tag);
        // The word first appears inside a longer one (not a match), and as itself only thousands of characters later.
        String inside = publish("Inside another word", null,
                "The pre" + word + "ish era came first. \\n\\n" + prose + "Then the " + word + " itself flew.", "2024-02-01",
                tag);
        String early = publish("Early match", null, "The " + word + " opens the post. \\n\\n" + prose, "2024-01-01", tag);

        List<Map<String, Object>> items = anonymous().queryParam("q", word).queryParam("sort", "-publishedAt")
                .get("/api/posts").then().statusCode(200).body("items.slug", equalTo(List.of(late, inside, early)))
                .extract().path("items");
        assertThat((String) items.get(0).get("snippet"), containsString("the <mark>" + word + "</mark> landed"));
        assertThat((String) items.get(1).get("snippet"), containsString("the <mark>" + word + "</mark> itself"));
        assertThat((String) items.get(2).get("snippet"), containsString("<mark>" + word + "</mark> opens the post"));
    }

    @Test
    void searchFindsOnlyWhatTheCallerMaySee() {
        String word = "marzipan" + unique().replaceAll("[0-9]", "");
        author().contentType(ContentType.JSON).body("{\"title\": \"Draft " + word + "\"}").post("/api/posts").then()
                .statusCode(201);
        anonymous().queryParam("q", word).get("/api/posts").then().body("page.totalItems", equalTo(0));
        author().queryParam("q", word).queryParam("status", "any").get("/api/posts").then().body("page.totalItems", equalTo(1));
    }

    @Test
    void cursorPagingNeverSkipsOrRepeatsAPostWhileOthersArePublished() {
        String tag = "cursor-" + unique();
        for (int i = 0; i < 9; i++) {
            publish("Paged " + i, null, "Body " + i, "2021-01-%02d".formatted(10 + i), tag);
        }
        ExtractableResponse<Response> first = anonymous().queryParam("tag", tag).queryParam("size", 4).get("/api/posts")
                .then().statusCode(200).body("page.totalItems", equalTo(9)).extract();
        List<String> seen = new ArrayList<>(first.path("items.slug"));
        String cursor = first.path("page.nextCursor");
        // Newer posts and a back-dated one arrive while the reader pages.
        publish("Newest", null, "b", "2021-02-01", tag);
        publish("Back-dated", null, "b", "2021-01-01", tag);
        while (cursor != null) {
            ExtractableResponse<Response> next = anonymous().queryParam("tag", tag).queryParam("size", 4)
                    .queryParam("after", cursor).get("/api/posts").then().statusCode(200)
                    .body("page", not(hasKey("totalItems"))).body("page.size", equalTo(4))
                    .header("Link", containsString("rel=\"first\"")).extract();
            seen.addAll(next.path("items.slug"));
            cursor = next.path("page.nextCursor");
            if (cursor != null) {
                assertTrue(next.header("Link").contains("rel=\"next\""));
            }
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "a post came twice: " + seen);
        assertEquals(10, seen.size(), "every post older than the first page, including the back-dated one: " + seen);
        assertTrue(seen.get(seen.size() - 1).startsWith("back-dated"), seen.toString());
    }

    @Test
    void everySortPagesByCursorInTheSameOrderAsByNumber() {
        String tag = "sorts-" + unique();
        for (int i = 0; i < 5; i++) {
            publish((char) ('E' - i) + " title " + i, null, "x", "2020-03-%02d".formatted(1 + i % 2), tag);
        }
        author().contentType(ContentType.JSON).body("{\"title\": \"Undated draft\", \"tags\": [\"" + tag + "\"]}")
                .post("/api/posts").then().statusCode(201);
        for (String sort : new String[]{"-publishedAt", "publishedAt", "title", "-updatedAt"}) {
            List<String> numbered = author().queryParam("tag", tag).queryParam("status", "any").queryParam("sort", sort)
                    .queryParam("size", 100).get("/api/posts").then().extract().path("items.slug");
            List<String> keyset = new ArrayList<>();
            String cursor = null;
            do {
                var request = author().queryParam("tag", tag).queryParam("status", "any").queryParam("sort", sort)
                        .queryParam("size", 2);
                if (cursor != null) {
                    request.queryParam("after", cursor);
                }
                ExtractableResponse<Response> page = request.get("/api/posts").then().statusCode(200).extract();
                keyset.addAll(page.path("items.slug"));
                cursor = page.path("page.nextCursor");
            } while (cursor != null);
            assertEquals(numbered, keyset, "sort " + sort);
            assertEquals(6, keyset.size());
        }
    }

    @Test
    void badCursorsAreA400() {
        anonymous().queryParam("after", "not-a-cursor").get("/api/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        String tag = "badcursor-" + unique();
        publish("One", null, "x", "2019-01-01", tag);
        publish("Two", null, "x", "2019-01-02", tag);
        String cursor = anonymous().queryParam("tag", tag).queryParam("size", 1).get("/api/posts").then()
                .extract().path("page.nextCursor");
        anonymous().queryParam("tag", tag).queryParam("after", cursor).queryParam("sort", "title").get("/api/posts")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
        anonymous().queryParam("tag", tag).queryParam("after", cursor).queryParam("page", 2).get("/api/posts")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
        String last = anonymous().queryParam("tag", tag).queryParam("size", 2).get("/api/posts").then()
                .extract().path("page.nextCursor");
        assertNull(last, "no cursor when no more items follow");
        anonymous().queryParam("tag", tag).queryParam("size", 2).get("/api/posts").then().body("page.nextCursor", nullValue());
    }
}
