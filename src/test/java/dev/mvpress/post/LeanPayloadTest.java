package dev.mvpress.post;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.previewToken;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * Lean payloads (issue 14, item 9): a post's JSON carries html and not markdown unless include=markdown,
 * lists add each body with include, fields= selects top-level fields, and every representation has its
 * own ETag, while If-Match still takes any whole representation an author can GET.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class LeanPayloadTest {

    /** Source an author would not want normalised: accents, CJK, an emoji, a trailing hard break, CRLF inside. */
    private static final String SOURCE = "# Grüße aus 東京\n\nCafé ☕ and naïve façades — «quoted» 🎉  \n"
            + "next line\r\n\n```java\nvar s = \"Ünïcödé\";\n```\n\n| a | b |\n|---|---|\n| ø | ß |\n";

    @Inject
    EntityManagerFactory emf;

    private static String publish(String title, String markdown, String... tags) {
        return publishAt(title, markdown, "2025-03-01T09:00:00Z", tags);
    }

    private static String publishAt(String title, String markdown, String publishedAt, String... tags) {
        return author().contentType(ContentType.JSON).body(Map.of("title", title, "markdown", markdown, "status",
                "published", "publishedAt", publishedAt, "tags", List.of(tags))).post("/api/posts").then().statusCode(201)
                .extract().path("slug");
    }

    private static Set<String> keys(Response response, String path) {
        Map<String, Object> object = response.then().statusCode(200).extract().path(path);
        return object.keySet();
    }

    @Test
    void aSingleReadCarriesHtmlAndNotMarkdownUnlessIncludeMarkdownWhichIsByteIdentical() {
        String slug = publish("Grüße " + unique(), SOURCE, "lean-" + unique());
        String plain = anonymous().get("/api/posts/" + slug).then().statusCode(200)
                .body("$", not(hasKey("markdown"))).body("html", containsString("東京")).extract().asString();
        Response withMarkdown = anonymous().queryParam("include", "markdown").get("/api/posts/" + slug);
        withMarkdown.then().statusCode(200).body("html", containsString("東京"));
        // Compared as the bytes the author sent, not only as decoded strings.
        String markdown = withMarkdown.then().extract().path("markdown");
        assertEquals(Arrays.toString(SOURCE.getBytes(StandardCharsets.UTF_8)),
                Arrays.toString(markdown.getBytes(StandardCharsets.UTF_8)));
        assertTrue(plain.getBytes(StandardCharsets.UTF_8).length < withMarkdown.asByteArray().length
                - SOURCE.getBytes(StandardCharsets.UTF_8).length, "the plain read leaves the source out");
        // body is accepted on a single read and changes nothing; both together are include=markdown.
        assertEquals(plain, anonymous().queryParam("include", "body").get("/api/posts/" + slug).asString());
        assertEquals(withMarkdown.asString(),
                anonymous().queryParam("include", "body,markdown").get("/api/posts/" + slug).asString());
        // Accept: text/markdown is the document, whatever include says.
        String document = anonymous().accept(MARKDOWN).get("/api/posts/" + slug).then().statusCode(200).extract().asString();
        assertTrue(document.startsWith("---\n") && document.endsWith(SOURCE), document);
    }

    @Test
    void aLeanReadDoesNotFetchTheMarkdownColumn() {
        String slug = publish("Column " + unique(), SOURCE);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        anonymous().get("/api/posts/" + slug).then().statusCode(200);
        String read = String.join("\n", stats.getQueries());
        assertTrue(read.contains("p.html") && !read.contains("p.markdown"), read);
        stats.clear();
        anonymous().queryParam("fields", "slug,title").get("/api/posts/" + slug).then().statusCode(200);
        read = String.join("\n", stats.getQueries());
        assertTrue(read.contains("p.slug") && !read.contains("p.html") && !read.contains("p.markdown"), read);
        stats.clear();
        anonymous().queryParam("include", "markdown").get("/api/posts/" + slug).then().statusCode(200);
        read = String.join("\n", stats.getQueries());
        assertTrue(read.contains("p.html") && read.contains("p.markdown"), read);
    }

    @Test
    void listsAddEachBodyWithIncludeCommaSeparatedOrRepeated() {
        String tag = "incl-" + unique();
        publishAt("Älter " + tag, "Erster Körper über Zürich", "2024-01-05T08:00:00Z", tag);
        publishAt("Newer " + tag, SOURCE, "2024-02-05T08:00:00Z", tag);
        author().contentType(ContentType.JSON).body(Map.of("title", "Entwurf " + tag, "markdown", "geheim", "tags",
                List.of(tag))).post("/api/posts").then().statusCode(201);
        author().contentType(ContentType.JSON).body(Map.of("title", "Later " + tag, "markdown", "später", "status",
                "scheduled", "publishedAt", Instant.now().plus(30, ChronoUnit.DAYS).toString(), "tags", List.of(tag)))
                .post("/api/posts").then().statusCode(201);

        Map<String, Set<String>> bodies = Map.of("", Set.of(), "body", Set.of("html"), "markdown", Set.of("markdown"),
                "body,markdown", Set.of("html", "markdown"), "markdown, body", Set.of("html", "markdown"));
        for (var include : bodies.entrySet()) {
            var request = anonymous().queryParam("tag", tag);
            if (!include.getKey().isEmpty()) {
                request.queryParam("include", include.getKey());
            }
            Response page = request.get("/api/posts");
            page.then().statusCode(200).body("page.totalItems", equalTo(2)).body("items.size()", equalTo(2));
            for (int i = 0; i < 2; i++) {
                Set<String> item = keys(page, "items[" + i + "]");
                Set<String> shown = new HashSet<>(item);
                shown.retainAll(Set.of("html", "markdown"));
                assertEquals(include.getValue(), shown, "include=" + include.getKey());
            }
            if (include.getValue().contains("markdown")) {
                page.then().body("items[0].markdown", equalTo(SOURCE)).body("items[1].markdown",
                        equalTo("Erster Körper über Zürich"));
            }
        }
        // Repeating the parameter is the same as listing the values.
        assertEquals(anonymous().queryParam("tag", tag).queryParam("include", "body,markdown").get("/api/posts").asString(),
                anonymous().queryParam("tag", tag).queryParam("include", "body").queryParam("include", "markdown")
                        .get("/api/posts").asString());
    }

    @Test
    void fieldsSelectsTopLevelFieldsOfEachItemAndOfASinglePost() {
        String tag = "fields-" + unique();
        publishAt("Eins " + tag, "Körper eins", "2024-01-05T08:00:00Z", tag);
        String newest = publishAt("Zwei " + tag, SOURCE, "2024-02-05T08:00:00Z", tag);
        author().contentType(ContentType.JSON).body(Map.of("title", "Entwurf " + tag, "tags", List.of(tag)))
                .post("/api/posts").then().statusCode(201);

        Response page = anonymous().queryParam("tag", tag).queryParam("fields", "slug,title,url,publishedAt")
                .get("/api/posts");
        page.then().statusCode(200).body("items.size()", equalTo(2)).body("items[0].slug", equalTo(newest))
                .body("items[0].url", containsString(newest)).body("page.totalItems", equalTo(2))
                .body("page.number", equalTo(1));
        assertEquals(Set.of("slug", "title", "url", "publishedAt"), keys(page, "items[0]"));
        assertEquals(Set.of("slug", "title", "url", "publishedAt"), keys(page, "items[1]"));
        // Fields come in the record's order whatever the order asked.
        assertTrue(page.asString().indexOf("\"slug\"") < page.asString().indexOf("\"url\""), page.asString());

        // A body field named in fields is shown without include; the list's envelope and paging stay.
        Response bodies = anonymous().queryParam("tag", tag).queryParam("fields", "slug").queryParam("fields", "markdown")
                .queryParam("size", 1).get("/api/posts");
        assertEquals(Set.of("slug", "markdown"), keys(bodies, "items[0]"));
        bodies.then().body("items[0].markdown", equalTo(SOURCE)).body("page.totalPages", equalTo(2))
                .header("Link", containsString("rel=\"next\""));

        Response single = anonymous().queryParam("fields", "title,html,tags").get("/api/posts/" + newest);
        assertEquals(Set.of("title", "html", "tags"), keys(single, "$"));
        single.then().body("tags[0].slug", equalTo(tag)).body("html", containsString("Grüße"));
        // fields= decides: include=markdown without markdown among the fields shows no markdown.
        Response narrowed = anonymous().queryParam("include", "markdown").queryParam("fields", "slug").get(
                "/api/posts/" + newest);
        assertEquals(Set.of("slug"), keys(narrowed, "$"));
        // Related posts take fields too.
        Response related = anonymous().queryParam("fields", "slug,title").get("/api/posts/" + newest + "/related");
        assertEquals(Set.of("slug", "title"), keys(related, "items[0]"));
    }

    @Test
    void anUnknownFieldOrIncludeIsA400NamingTheParameter() {
        String slug = publish("Strict " + unique(), "Text");
        anonymous().queryParam("fields", "slug,titel").get("/api/posts/" + slug).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("fields"))
                .body("errors[0].message", allOf(containsString("'titel'"), containsString("did you mean 'title'"),
                        containsString("publishedAt"), containsString("readingTimeMinutes")));
        anonymous().queryParam("fields", "body").get("/api/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("fields")).body("errors[0].message", containsString("valid: "));
        anonymous().queryParam("fields", "publishedat").get("/api/posts").then().statusCode(400)
                .body("errors[0].message", containsString("did you mean 'publishedAt'"));
        anonymous().queryParam("fields", "Titel").get("/api/posts/" + slug + "/related").then().statusCode(400)
                .body("errors[0].field", equalTo("fields")).body("errors[0].message", containsString("did you mean 'title'"));
        for (String path : List.of("/api/posts", "/api/posts/" + slug)) {
            anonymous().queryParam("include", "body,everything").get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("include"))
                    .body("errors[0].message", containsString("'everything' is not one of body, markdown"));
        }
        // A write with a bad include writes nothing.
        int version = anonymous().get("/api/posts/" + slug).then().extract().path("version");
        author().contentType(ContentType.JSON).queryParam("include", "html").body("{\"title\": \"Changed\"}")
                .patch("/api/posts/" + slug).then().statusCode(400).body("errors[0].field", equalTo("include"));
        anonymous().get("/api/posts/" + slug).then().body("title", not(equalTo("Changed"))).body("version",
                equalTo(version));
        // Only the JSON read and lists take fields: a write is answered whole.
        author().contentType(ContentType.JSON).queryParam("fields", "slug").body("{\"title\": \"Changed\"}")
                .patch("/api/posts/" + slug).then().statusCode(400).body("errors[0].field", equalTo("fields"));
    }

    @Test
    void eachRepresentationHasItsOwnETagAndRevalidatesWithItOnly() {
        String slug = publish("Validators " + unique(), SOURCE);
        String path = "/api/posts/" + slug;
        String lean = etag(anonymous(), path, "", "");
        String withMarkdown = etag(anonymous(), path, "include", "markdown");
        String subset = etag(anonymous(), path, "fields", "slug,title");
        String document = anonymous().accept(MARKDOWN).get(path).then().statusCode(200).extract().header("ETag");
        assertEquals(4, Set.of(lean, withMarkdown, subset, document).size());

        assertRevalidates(path, "", "", lean, withMarkdown);
        assertRevalidates(path, "include", "markdown", withMarkdown, lean);
        assertRevalidates(path, "fields", "slug,title", subset, lean);
        anonymous().accept(MARKDOWN).header("If-None-Match", document).get(path).then().statusCode(304);
        anonymous().accept(MARKDOWN).header("If-None-Match", lean).get(path).then().statusCode(200);

        // A list's ETag likewise follows include and fields.
        String listLean = etag(anonymous(), "/api/posts", "include", "");
        String listBodies = etag(anonymous(), "/api/posts", "include", "body,markdown");
        assertFalse(listLean.equals(listBodies));
        anonymous().queryParam("include", "body,markdown").header("If-None-Match", listBodies).get("/api/posts").then()
                .statusCode(304);
    }

    private static String etag(io.restassured.specification.RequestSpecification request, String path, String param,
            String value) {
        if (!param.isEmpty() && !value.isEmpty()) {
            request.queryParam(param, value);
        }
        return request.get(path).then().statusCode(200).header("ETag", notNullValue())
                .header("Last-Modified", path.equals("/api/posts") ? org.hamcrest.Matchers.nullValue() : notNullValue())
                .extract().header("ETag");
    }

    private static void assertRevalidates(String path, String param, String value, String own, String other) {
        var mine = anonymous().header("If-None-Match", own);
        var theirs = anonymous().header("If-None-Match", other);
        if (!param.isEmpty()) {
            mine.queryParam(param, value);
            theirs.queryParam(param, value);
        }
        mine.get(path).then().statusCode(304).header("ETag", equalTo(own));
        theirs.get(path).then().statusCode(200).header("ETag", equalTo(own));
    }

    @Test
    void ifMatchTakesTheLeanJsonTheJsonWithMarkdownOrTheDocumentButNotAFieldSubset() {
        String slug = publish("Guarded " + unique(), SOURCE);
        String path = "/api/posts/" + slug;
        String lean = author().get(path).then().statusCode(200).extract().header("ETag");
        author().contentType(ContentType.JSON).header("If-Match", lean)
                .body(Map.of("title", "Guarded once", "markdown", SOURCE, "status", "published")).put(path).then()
                .statusCode(200).body("title", equalTo("Guarded once")).body("$", not(hasKey("markdown")));
        // The lean ETag read before that write is stale now.
        author().contentType(ContentType.JSON).header("If-Match", lean)
                .body(Map.of("title", "Lost update", "markdown", SOURCE)).put(path).then().statusCode(412);

        String withMarkdown = author().queryParam("include", "markdown").get(path).then().extract().header("ETag");
        author().contentType(ContentType.JSON).header("If-Match", withMarkdown).queryParam("include", "markdown")
                .body(Map.of("title", "Guarded twice", "markdown", SOURCE + "Nachtrag ✓\n")).put(path).then()
                .statusCode(200).body("markdown", equalTo(SOURCE + "Nachtrag ✓\n"));

        String document = author().accept(MARKDOWN).get(path).then().extract().header("ETag");
        author().contentType("application/merge-patch+json").header("If-Match", document)
                .body("{\"title\": \"Guarded thrice\"}").patch(path).then().statusCode(200);

        String subset = author().queryParam("fields", "slug,title").get(path).then().extract().header("ETag");
        author().contentType("application/merge-patch+json").header("If-Match", subset)
                .body("{\"title\": \"Not from a subset\"}").patch(path).then().statusCode(412);
        author().get(path).then().body("title", equalTo("Guarded thrice"));
    }

    @Test
    void aPlainGetsJsonEditedAndPutBackKeepsTheBody() throws Exception {
        String slug = publish("Round trip " + unique(), SOURCE, "lean-rt-" + unique());
        String path = "/api/posts/" + slug;
        Response read = author().get(path);
        String etag = read.then().statusCode(200).body("$", not(hasKey("markdown"))).extract().header("ETag");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(read.asString());
        tree.put("title", "Round trip, retitled");
        author().contentType(ContentType.JSON).header("If-Match", etag).body(tree.toString()).put(path).then()
                .statusCode(200).body("title", equalTo("Round trip, retitled")).body("html", containsString("東京"));
        author().queryParam("include", "markdown").get(path).then().body("markdown", equalTo(SOURCE));
        // Sent back unchanged, it changes nothing; an explicit empty markdown empties the post.
        int version = author().get(path).then().extract().path("version");
        author().contentType(ContentType.JSON).body(author().get(path).asString()).put(path).then().statusCode(200)
                .body("version", equalTo(version));
        author().contentType(ContentType.JSON).queryParam("include", "markdown")
                .body(Map.of("title", "Emptied", "markdown", "")).put(path).then().statusCode(200)
                .body("markdown", equalTo("")).body("wordCount", equalTo(0));
    }

    @Test
    void anOldSlugRedirectsToTheSameViewOfTheNewOne() {
        String slug = publish("Moving " + unique(), SOURCE);
        String renamed = slug + "-moved";
        author().contentType("application/merge-patch+json").body("{\"slug\": \"" + renamed + "\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        anonymous().redirects().follow(false).queryParam("include", "markdown").queryParam("fields", "slug,markdown")
                .get("/api/posts/" + slug).then().statusCode(301)
                .header("Location", containsString("/api/posts/" + renamed + "?include=markdown&fields=slug"));
        Response followed = anonymous().queryParam("include", "markdown").queryParam("fields", "slug,markdown")
                .get("/api/posts/" + slug);
        assertEquals(Set.of("slug", "markdown"), keys(followed, "$"));
        followed.then().body("markdown", equalTo(SOURCE));
    }

    @Test
    void writesAndPreviewsAnswerLeanUnlessIncludeMarkdown() {
        String title = "Écrit " + unique();
        Response created = author().contentType(ContentType.JSON).body(Map.of("title", title, "markdown", SOURCE))
                .post("/api/posts");
        created.then().statusCode(201).body("$", not(hasKey("markdown"))).body("html", containsString("東京"));
        String slug = created.then().extract().path("slug");
        author().contentType(ContentType.JSON).queryParam("include", "markdown").body(Map.of("title", title + " bis",
                "markdown", SOURCE)).put("/api/posts/" + slug).then().statusCode(200).body("markdown", equalTo(SOURCE));
        author().contentType("application/merge-patch+json").queryParam("include", "markdown")
                .body("{\"description\": \"Kurz\"}").patch("/api/posts/" + slug).then().statusCode(200)
                .body("markdown", equalTo(SOURCE));
        author().contentType(MARKDOWN + "; charset=UTF-8").body("---\ntitle: Aus Markdown\n---\n" + SOURCE)
                .put("/api/posts/" + slug).then()
                .statusCode(200).body("$", not(hasKey("markdown")));

        // The draft through its preview link: lean, and include=markdown and fields work there too.
        String token = previewToken(slug);
        anonymous().queryParam("preview", token).get("/api/posts/" + slug).then().statusCode(200)
                .body("status", equalTo("draft")).body("$", not(hasKey("markdown"))).body("html", containsString("東京"));
        anonymous().queryParam("preview", token).queryParam("include", "markdown").get("/api/posts/" + slug).then()
                // A markdown document's line ends are read as LF.
                .statusCode(200).body("markdown", equalTo(SOURCE.replace("\r\n", "\n")));
        Response fields = anonymous().queryParam("preview", token).queryParam("fields", "title,status")
                .get("/api/posts/" + slug);
        assertEquals(Set.of("title", "status"), keys(fields, "$"));
        fields.then().body("title", equalTo("Aus Markdown"));
    }
}
