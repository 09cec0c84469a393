package dev.mvpress.series;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.as;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.tokenWith;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * Series of posts: the order of the parts after inserts and deletes, each part's place (position, total, previous,
 * next) as the caller may see the series, the series front-matter keys and their round trip, the 400s, and the
 * statements a series read costs.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SeriesTest {

    private static final String MARKDOWN_UTF8 = MARKDOWN + "; charset=UTF-8";

    @Inject
    EntityManagerFactory emf;

    private static String post(String title, String series, Integer position, String status) {
        return post(title, series, position, status, null);
    }

    /** Creates a post in a series (a JSON string: a name, or an object) and answers its slug. */
    private static String post(String title, String seriesJson, Integer position, String status, Instant publishedAt) {
        String body = "{\"title\": \"" + title + "\", \"markdown\": \"Body of " + title + "\", \"status\": \"" + status
                + "\", \"tags\": [\"series-test\", \"dotnet\"]"
                + (seriesJson == null ? "" : ", \"series\": " + seriesJson)
                + (position == null ? "" : ", \"seriesPosition\": " + position)
                + (publishedAt == null ? "" : ", \"publishedAt\": \"" + publishedAt + "\"") + "}";
        return author().contentType(ContentType.JSON).body(body).post("/api/posts").then().statusCode(201).extract()
                .path("slug");
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static JsonPath read(String slug) {
        return anonymous().get("/api/posts/" + slug).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> partSlugs(String series) {
        return anonymous().get("/api/series/" + series).then().statusCode(200).extract().jsonPath().getList("parts.slug");
    }

    @Test
    void aPartNumberedTwoGoesBetweenOneAndThreeAndDeletingAPartClosesUpThePositions() {
        String id = unique();
        String name = "Ökosystem .NET – Teil " + id;
        String first = post("Teil eins " + id, quoted(name), 1, "published");
        String third = post("Teil drei " + id, quoted(name), 3, "published");
        // No number: after the numbered parts.
        String epilogue = post("Nachwort " + id, quoted(name), null, "published");
        String series = "okosystem-net-teil-" + id;
        assertEquals(List.of(first, third, epilogue), partSlugs(series));

        String second = post("Teil zwei " + id, quoted(name), 2, "published");
        assertEquals(List.of(first, second, third, epilogue), partSlugs(series));
        anonymous().get("/api/series/" + series).then().statusCode(200)
                .body("name", equalTo(name))
                .body("postCount", equalTo(4))
                .body("parts.series.position", equalTo(List.of(1, 2, 3, 4)))
                .body("parts.seriesPosition", equalTo(java.util.Arrays.asList(1, 2, 3, null)))
                .body("parts[0].markdown", nullValue())
                .body("parts[0].html", nullValue());

        JsonPath two = read(second);
        assertEquals(series, two.getString("series.slug"));
        assertEquals(name, two.getString("series.name"));
        assertEquals(2, two.getInt("series.position"));
        assertEquals(4, two.getInt("series.total"));
        assertEquals(2, two.getInt("seriesPosition"));
        assertEquals(first, two.getString("series.previous.slug"));
        assertEquals("Teil eins " + id, two.getString("series.previous.title"));
        assertEquals(read(first).getString("url"), two.getString("series.previous.url"));
        assertEquals(third, two.getString("series.next.slug"));
        assertEquals(read(third).getString("url"), two.getString("series.next.url"));

        // Both ends.
        JsonPath one = read(first);
        assertEquals(1, one.getInt("series.position"));
        assertNull(one.get("series.previous"));
        assertEquals(second, one.getString("series.next.slug"));
        JsonPath last = read(epilogue);
        assertEquals(4, last.getInt("series.position"));
        assertEquals(third, last.getString("series.previous.slug"));
        assertNull(last.get("series.next"));

        author().delete("/api/posts/" + second).then().statusCode(204);
        assertEquals(List.of(first, third, epilogue), partSlugs(series));
        JsonPath three = read(third);
        assertEquals(2, three.getInt("series.position"), "positions close up over a deleted part");
        assertEquals(3, three.getInt("series.total"));
        assertEquals(first, three.getString("series.previous.slug"));
        assertEquals(third, read(first).getString("series.next.slug"));
        // The author's own number stays as given.
        assertEquals(3, three.getInt("seriesPosition"));
    }

    @Test
    void partsNumberedAlikeOrUnnumberedFollowTheirPublicationDates() {
        String id = unique();
        String name = "Same numbers " + id;
        Instant day = Instant.parse("2021-03-01T10:00:00Z");
        String later = post("Later " + id, quoted(name), 1, "published", day.plus(2, ChronoUnit.DAYS));
        String earlier = post("Earlier " + id, quoted(name), 1, "published", day);
        String lateUnnumbered = post("Late unnumbered " + id, quoted(name), null, "published", day.plus(9, ChronoUnit.DAYS));
        String earlyUnnumbered = post("Early unnumbered " + id, quoted(name), null, "published", day.minus(9, ChronoUnit.DAYS));
        assertEquals(List.of(earlier, later, earlyUnnumbered, lateUnnumbered), partSlugs("same-numbers-" + id));
    }

    @Test
    void anonymousReadersNeverSeeDraftOrScheduledPartsWhileDraftsReadDoes() {
        String id = unique();
        String name = "Hidden parts " + id;
        String series = "hidden-parts-" + id;
        String published1 = post("Visible one " + id, quoted(name), 1, "published");
        String draft = post("Secret draft " + id, quoted(name), 2, "draft");
        String published3 = post("Visible three " + id, quoted(name), 3, "published");
        String scheduled = post("Secret scheduled " + id, quoted(name), 4, "scheduled",
                Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

        for (String path : List.of("/api/posts/" + published1, "/api/posts/" + published3, "/api/series/" + series,
                "/api/series?size=100", "/api/posts?tag=series-test&size=100", "/api/posts/" + published1 + "/related")) {
            String body = anonymous().get(path).then().statusCode(200).extract().asString();
            for (String hidden : List.of(draft, scheduled, "Secret draft", "Secret scheduled")) {
                assertFalse(body.contains(hidden), path + " shows " + hidden + ": " + body);
            }
        }
        JsonPath one = read(published1);
        assertEquals(1, one.getInt("series.position"));
        assertEquals(2, one.getInt("series.total"));
        assertEquals(published3, one.getString("series.next.slug"));
        JsonPath three = read(published3);
        assertEquals(2, three.getInt("series.position"));
        assertEquals(published1, three.getString("series.previous.slug"));
        assertNull(three.get("series.next"));
        anonymous().get("/api/series/" + series).then().statusCode(200).body("postCount", equalTo(2))
                .body("parts.slug", equalTo(List.of(published1, published3)));
        anonymous().queryParam("size", 100).get("/api/series").then().statusCode(200)
                .body("items.find { it.slug == '" + series + "' }.postCount", equalTo(2));
        anonymous().get("/api/posts/" + draft).then().statusCode(404);
        // Lists carry each item's place too, counted the same way.
        anonymous().queryParam("tag", "series-test").queryParam("size", 100).get("/api/posts").then().statusCode(200)
                .body("items.find { it.slug == '" + published3 + "' }.series.position", equalTo(2))
                .body("items.find { it.slug == '" + published3 + "' }.series.total", equalTo(2));

        String reader = tokenWith("drafts:read");
        JsonPath seen = as(reader).get("/api/posts/" + published1).then().statusCode(200).extract().jsonPath();
        assertEquals(4, seen.getInt("series.total"));
        assertEquals(draft, seen.getString("series.next.slug"));
        as(reader).get("/api/posts/" + published3).then().statusCode(200)
                .body("series.position", equalTo(3)).body("series.previous.slug", equalTo(draft))
                .body("series.next.slug", equalTo(scheduled));
        as(reader).get("/api/series/" + series).then().statusCode(200).body("postCount", equalTo(4))
                .body("parts.slug", equalTo(List.of(published1, draft, published3, scheduled)));

        // A series of drafts only does not exist for anonymous readers.
        String draftsOnly = "drafts-only-" + id;
        String lone = post("Drafts only " + id, quoted("Drafts only " + id), null, "draft");
        anonymous().get("/api/series/" + draftsOnly).then().statusCode(404).contentType("application/problem+json");
        anonymous().queryParam("size", 100).get("/api/series").then().statusCode(200)
                .body("items.slug", not(hasItem(draftsOnly)));
        as(reader).get("/api/series/" + draftsOnly).then().statusCode(200).body("parts.slug", equalTo(List.of(lone)));
        // Publishing the part makes the series public.
        author().contentType("application/merge-patch+json").body("{\"status\": \"published\"}")
                .patch("/api/posts/" + lone).then().statusCode(200);
        anonymous().get("/api/series/" + draftsOnly).then().statusCode(200).body("postCount", equalTo(1));
    }

    @Test
    void aSeriesIsCreatedByNameOnFirstUseAndFoundAgainBySlugOrNameInAnyCase() {
        String id = unique();
        String name = "Ökosystem .NET – Teil " + id;
        String slug = "okosystem-net-teil-" + id;
        String a = post("Named " + id, quoted(name), 1, "published");
        String b = post("Lower-cased name " + id, quoted(name.toLowerCase(java.util.Locale.ROOT)), 2, "published");
        String c = post("By slug " + id, quoted(slug), 3, "published");
        String d = post("As object " + id, "{\"slug\": \"" + slug + "\", \"name\": \"Ignored rename\"}", 4, "published");
        anonymous().get("/api/series/" + slug).then().statusCode(200).body("name", equalTo(name))
                .body("parts.slug", equalTo(List.of(a, b, c, d)));
        // An object with its own slug and name creates the series with both.
        String own = "own-slug-" + id;
        post("Own slug " + id, "{\"slug\": \"" + own + "\", \"name\": \"Ünïcödé – " + id + "\"}", null, "published");
        anonymous().get("/api/series/" + own).then().statusCode(200).body("name", equalTo("Ünïcödé – " + id));
        // Slugs in paths match regardless of case.
        anonymous().get("/api/series/" + own.toUpperCase(java.util.Locale.ROOT)).then().statusCode(200);
    }

    @Test
    void eachFrontMatterFormRoundTripsUnchanged() {
        String id = unique();
        List<String> forms = List.of(
                "series: Round trip string " + id + "\nseries_order: 2", // dev.to, Markata's series_order
                "series: [\"Round trip list " + id + "\"]\nseries_position: 3", // Hugo's taxonomy
                "series:\n  slug: round-trip-map-" + id + "\n  name: Rund – Reise " + id + "\nseriesPosition: 4",
                "series: Round trip index " + id + "\nseries_index: 5", // Pelican
                "series: Round trip plain " + id);
        List<String> slugs = List.of("round-trip-string-" + id, "round-trip-list-" + id, "round-trip-map-" + id,
                "round-trip-index-" + id, "round-trip-plain-" + id);
        List<Integer> positions = java.util.Arrays.asList(2, 3, 4, 5, null);
        for (int i = 0; i < forms.size(); i++) {
            String doc = "---\ntitle: Form " + i + " " + id + "\n" + forms.get(i) + "\ntags: [series-test]\n---\nBody.\n";
            String slug = author().contentType(MARKDOWN_UTF8).body(doc).post("/api/posts").then().statusCode(201)
                    .body("series.slug", equalTo(slugs.get(i)))
                    .body("seriesPosition", equalTo(positions.get(i)))
                    .body("metadata", equalTo(java.util.Map.of()))
                    .extract().path("slug");
            String markdown = author().accept(MARKDOWN).get("/api/posts/" + slug).then().statusCode(200).extract().asString();
            assertTrue(markdown.contains("series:\n  slug: " + slugs.get(i) + "\n"), markdown);
            assertEquals(positions.get(i) != null, markdown.contains("seriesPosition: " + positions.get(i) + "\n"), markdown);
            ExtractableResponse<Response> before = author().get("/api/posts/" + slug).then().extract();
            author().contentType(MARKDOWN_UTF8).body(markdown).put("/api/posts/" + slug).then().statusCode(200)
                    .body("version", equalTo(before.<Integer>path("version")))
                    .body("updatedAt", equalTo(before.path("updatedAt")))
                    .body("series.slug", equalTo(slugs.get(i)))
                    .body("seriesPosition", equalTo(positions.get(i)));
            // And the JSON, sent back as it came.
            author().contentType(ContentType.JSON).body(before.asString()).put("/api/posts/" + slug).then().statusCode(200)
                    .body("version", equalTo(before.<Integer>path("version")));
        }
        anonymous().get("/api/series/round-trip-map-" + id).then().statusCode(404); // drafts all
        author().get("/api/series/round-trip-map-" + id).then().statusCode(200).body("name", equalTo("Rund – Reise " + id));
    }

    @Test
    void aMergePatchKeepsTheSeriesUnlessItTakesThePostOut() {
        String id = unique();
        String slug = post("Patched " + id, quoted("Patched series " + id), 2, "published");
        author().contentType("application/merge-patch+json").body("{\"title\": \"Patched again " + id + "\"}")
                .patch("/api/posts/" + slug).then().statusCode(200)
                .body("series.slug", equalTo("patched-series-" + id)).body("seriesPosition", equalTo(2))
                .body("series.position", equalTo(1)).body("series.total", equalTo(1));
        author().contentType("application/merge-patch+json").body("{\"seriesPosition\": 7}")
                .patch("/api/posts/" + slug).then().statusCode(200).body("seriesPosition", equalTo(7));
        author().contentType("application/merge-patch+json").body("{\"series\": null}")
                .patch("/api/posts/" + slug).then().statusCode(400)
                .body("errors.field", hasItem("seriesPosition"));
        author().contentType("application/merge-patch+json").body("{\"series\": null, \"seriesPosition\": null}")
                .patch("/api/posts/" + slug).then().statusCode(200)
                .body("series", nullValue()).body("seriesPosition", nullValue());
        anonymous().get("/api/series/patched-series-" + id).then().statusCode(404);
        String markdown = author().accept(MARKDOWN).get("/api/posts/" + slug).then().extract().asString();
        assertFalse(markdown.contains("series:") || markdown.contains("seriesPosition"), markdown);
    }

    @Test
    void badSeriesInputIsA400NamingTheField() {
        String id = unique();
        badMarkdown("series: [One " + id + ", Two " + id + "]", "series");
        badMarkdown("series: {slug: x, position: 2}", "series");
        badMarkdown("series: {slug: Not A Slug}", "series.slug");
        badMarkdown("series: Bad order " + id + "\nseries_order: two", "series_order");
        badMarkdown("series: Bad order " + id + "\nseriesPosition: 0", "seriesPosition");
        badMarkdown("series: Bad order " + id + "\nseries_position: 10001", "series_position");
        badJson("\"series\": \"Bad position " + id + "\", \"seriesPosition\": 0", "seriesPosition");
        badJson("\"series\": \"Bad position " + id + "\", \"seriesPosition\": 10001", "seriesPosition");
        badJson("\"seriesPosition\": 2", "seriesPosition");
        badJson("\"series\": \"   \"", "series");
        badJson("\"series\": \"–––\"", "series");
        badJson("\"series\": \"" + "x".repeat(201) + "\"", "series");
        badJson("\"series\": {\"slug\": \"Not A Slug\"}", "series.slug");
        badJson("\"series\": {}", "series");
        anonymous().get("/api/series?page=0").then().statusCode(400).body("errors.field", hasItem("page"));
        // A page is never in a series, from JSON or from front matter.
        author().contentType(ContentType.JSON)
                .body("{\"title\": \"About " + id + "\", \"series\": \"Pages " + id + "\"}")
                .put("/api/pages/about-" + id).then().statusCode(400).body("errors.field", hasItem("series"));
        author().contentType(MARKDOWN_UTF8).body("---\ntitle: Uses " + id + "\nseries: [Pages " + id + "]\n---\nBody.\n")
                .post("/api/pages").then().statusCode(400).body("errors.field", hasItem("series"));
        author().get("/api/series/pages-" + id).then().statusCode(404);
    }

    private static void badMarkdown(String frontMatter, String field) {
        author().contentType(MARKDOWN_UTF8).body("---\ntitle: Bad " + unique() + "\n" + frontMatter + "\n---\nBody.\n")
                .post("/api/posts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static void badJson(String fields, String field) {
        author().contentType(ContentType.JSON).body("{\"title\": \"Bad " + unique() + "\", " + fields + "}")
                .post("/api/posts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void theAuthorRenamesAndDescribesASeriesAndItsPartsShowTheNewName() {
        String id = unique();
        String series = "renamed-later-" + id;
        String part = post("Renamed later " + id, quoted("Renamed later " + id), 1, "published");
        anonymous().contentType(ContentType.JSON).body("{\"name\": \"Nope\"}").put("/api/series/" + series).then()
                .statusCode(401);
        author().contentType(ContentType.JSON)
                .body("{\"name\": \"Später umbenannt – " + id + "\", \"description\": \"Eine Reihe\"}")
                .put("/api/series/" + series).then().statusCode(200)
                .body("slug", equalTo(series)).body("name", equalTo("Später umbenannt – " + id))
                .body("description", equalTo("Eine Reihe")).body("postCount", equalTo(1));
        read(part).getString("series.name").equals("Später umbenannt – " + id);
        anonymous().get("/api/posts/" + part).then().body("series.name", equalTo("Später umbenannt – " + id));
        author().contentType("application/merge-patch+json").body("{\"description\": null}")
                .patch("/api/series/" + series).then().statusCode(200).body("description", nullValue())
                .body("name", equalTo("Später umbenannt – " + id));
        author().contentType(ContentType.JSON).body("{\"name\": \"\"}").put("/api/series/" + series).then()
                .statusCode(400).body("errors.field", hasItem("name"));
        author().contentType(ContentType.JSON).body("{\"name\": \"x\"}").put("/api/series/no-such-series-" + id).then()
                .statusCode(404);
        // If-Match: the ETag of the series as the caller GETs it.
        String etag = author().get("/api/series/" + series).then().statusCode(200).extract().header("ETag");
        author().header("If-Match", "\"stale\"").contentType(ContentType.JSON).body("{\"name\": \"Stale\"}")
                .put("/api/series/" + series).then().statusCode(412);
        author().header("If-Match", etag).contentType(ContentType.JSON).body("{\"name\": \"Fresh " + id + "\"}")
                .put("/api/series/" + series).then().statusCode(200).body("name", equalTo("Fresh " + id));
        // Markdown of the part carries the new name, and putting it back changes nothing.
        String markdown = author().accept(MARKDOWN).get("/api/posts/" + part).then().extract().asString();
        assertTrue(markdown.contains("name: Fresh " + id), markdown);
        int version = author().get("/api/posts/" + part).then().extract().path("version");
        author().contentType(MARKDOWN_UTF8).body(markdown).put("/api/posts/" + part).then().statusCode(200)
                .body("version", equalTo(version)).body("series.name", equalTo("Fresh " + id));
    }

    @Test
    void seriesReadsCostAFixedNumberOfStatements() {
        String id = unique();
        String big = "Big series " + id;
        String lone = post("Lone " + id, null, null, "published");
        String first = null;
        for (int i = 1; i <= 12; i++) {
            String slug = post("Big part " + i + " " + id, quoted(big), i, "published");
            first = first == null ? slug : first;
        }
        String small = post("Small part " + id, quoted("Small series " + id), 1, "published");

        long plain = statements("/api/posts/" + lone);
        long inSeries = statements("/api/posts/" + first);
        assertEquals(plain + 1, inSeries, "the series navigation is one more statement than a post in no series");

        long smallSeries = statements("/api/series/small-series-" + id);
        long bigSeries = statements("/api/series/big-series-" + id);
        // The series with its count, the parts' places, the parts' cards (and the site settings, once a request).
        assertTrue(smallSeries <= 4, smallSeries + " statements for a series");
        assertEquals(smallSeries, bigSeries, "12 parts cost as many statements as 1");

        long listOne = statements("/api/posts?size=1&tag=series-test");
        long listMany = statements("/api/posts?size=20&tag=series-test");
        assertEquals(listOne, listMany, "a page of 20 parts of series costs as many statements as a page of 1");
        assertEquals(statements("/api/series?size=1"), statements("/api/series?size=50"));
        assertTrue(small != null);
    }

    private long statements(String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        anonymous().get(path).then().statusCode(200).body(not(containsString("\"status\":500")));
        return stats.getPrepareStatementCount();
    }
}
