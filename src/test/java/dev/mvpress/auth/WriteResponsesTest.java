package dev.mvpress.auth;

import static dev.mvpress.auth.ApiTokenTest.create;
import static dev.mvpress.auth.ApiTokenTest.with;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createPublished;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * A write answers no more than its caller may read: a token with a write scope but without
 * drafts:read gets back what identifies its write, never the content of a draft, a scheduled post,
 * a private entry or a private field, and cannot restore (and so read) old revisions.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class WriteResponsesTest {

    private static final String SECRET = "Geheimer Entwurf: 秘密の計画 — מסמך פנימי 🤫";
    private static final String LONG_SECRET = (SECRET + "\n\n## Überschrift\n\n- eins\n- zwei\n\n```java\nint x = 1;\n```\n\n")
            .repeat(40);

    private static String token(String... scopes) {
        return (String) create("w-" + unique(), scopes).get("secret");
    }

    private static void assertNoContent(ExtractableResponse<Response> response) {
        String body = response.asString();
        assertFalse(body.contains("秘密"), "the response shows hidden content: " + body);
        Map<String, Object> json = response.jsonPath().getMap("$");
        for (String field : new String[]{"title", "description", "markdown", "html", "excerpt", "tags", "privateDescription",
                "publishedAt", "name"}) {
            assertFalse(json.containsKey(field), "the response has " + field + ": " + body);
        }
    }

    private static String draft(String title) {
        return author().contentType(ContentType.JSON)
                .body(Map.of("title", title, "description", SECRET, "markdown", LONG_SECRET, "tags", List.of(
                        "geheim-" + unique(), "intern-" + unique())))
                .post("/api/posts").then().statusCode(201).extract().path("slug");
    }

    @Test
    void aPostsWriteTokenGetsOnlyTheIdentityOfAPostItMayNotRead() {
        String writer = token("posts:write");
        String slug = draft("Entwurf 秘密 " + unique());
        with(writer).get("/api/posts/" + slug).then().statusCode(404);

        // PATCH {} changes nothing and used to answer the whole draft.
        var patched = with(writer).contentType(ContentType.JSON).body("{}").patch("/api/posts/" + slug).then().statusCode(200)
                .body("slug", equalTo(slug)).body("status", equalTo("draft")).body("id", nullValue())
                .body("version", notNullValue()).extract();
        assertNoContent(patched);

        var replaced = with(writer).contentType(ContentType.JSON)
                .body(Map.of("title", "Neu 秘密", "markdown", LONG_SECRET, "status", "draft"))
                .put("/api/posts/" + slug).then().statusCode(200).body("slug", equalTo(slug)).extract();
        assertNoContent(replaced);

        var created = with(writer).contentType(ContentType.JSON).body(Map.of("title", "Neuer Entwurf 秘密 " + unique(),
                "markdown", LONG_SECRET)).post("/api/posts").then().statusCode(201)
                .header("Location", containsString("/api/posts/")).body("status", equalTo("draft")).extract();
        assertNoContent(created);

        String putSlug = "put-entwurf-" + unique();
        var putCreated = with(writer).contentType("text/markdown; charset=UTF-8")
                .body("---\ntitle: Markdown 秘密\nstatus: scheduled\npublishedAt: " + Instant.now().plus(3, ChronoUnit.DAYS)
                        + "\n---\n" + LONG_SECRET)
                .put("/api/posts/" + putSlug).then().statusCode(201)
                .header("Location", endsWith("/api/posts/" + putSlug)).body("status", equalTo("scheduled")).extract();
        assertNoContent(putCreated);

        // What readers can see comes back whole.
        with(writer).contentType(ContentType.JSON).queryParam("include", "markdown").body("{\"status\": \"published\"}")
                .patch("/api/posts/" + slug).then().statusCode(200).body("title", equalTo("Neu 秘密"))
                .body("markdown", equalTo(LONG_SECRET));
        // And a token that may read drafts gets drafts whole.
        String both = token("posts:write", "drafts:read");
        with(both).contentType(ContentType.JSON).body("{}").patch("/api/posts/" + putSlug).then().statusCode(200)
                .body("title", equalTo("Markdown 秘密")).body("status", equalTo("scheduled"));
    }

    @Test
    void restoringARevisionNeedsDraftsReadLikeReadingIt() {
        String slug = draft("Verlauf " + unique());
        author().contentType(ContentType.JSON).body("{\"markdown\": \"Öffentlich\", \"status\": \"published\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        String writer = token("posts:write");
        with(writer).get("/api/posts/" + slug + "/revisions").then().statusCode(403);
        with(writer).post("/api/posts/" + slug + "/revisions/1/restore").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("drafts:read"));
        anonymous().queryParam("include", "markdown").get("/api/posts/" + slug).then().statusCode(200)
                .body("markdown", equalTo("Öffentlich"));

        String both = token("posts:write", "drafts:read");
        with(both).queryParam("include", "markdown").post("/api/posts/" + slug + "/revisions/1/restore").then()
                .statusCode(200).body("markdown", equalTo(LONG_SECRET)).body("status", equalTo("draft"));
        String reader = token("drafts:read");
        with(reader).post("/api/posts/" + slug + "/revisions/1/restore").then().statusCode(403)
                .body("detail", containsString("posts:write"));
    }

    @Test
    void aContributionsWriteTokenNeverSeesPrivateEntriesOrFields() {
        String writer = token("contributions:write");
        String year = "2026-03-0" + (1 + (int) (Math.random() * 8));
        String privateId = author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "Privat %s", "date": "%s", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "private": true, "privateDescription": "秘密 notes",
                 "description": "秘密 plan", "url": "https://example.com/privat-%s"}""".formatted(unique(), year, unique()))
                .post("/api/contributions").then().statusCode(201).extract().path("id");
        var patched = with(writer).contentType(ContentType.JSON).body("{}").patch("/api/contributions/" + privateId).then()
                .statusCode(200).body("id", equalTo(privateId)).body("private", equalTo(true))
                .body("version", notNullValue()).extract();
        assertNoContent(patched);
        assertFalse(patched.jsonPath().getMap("$").containsKey("url"));

        String title = "Öffentlich " + unique();
        String publicId = author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "%s", "date": "%s", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "privateDescription": "秘密 notes"}""".formatted(title, year))
                .post("/api/contributions").then().statusCode(201).extract().path("id");
        with(writer).contentType(ContentType.JSON).body("{\"reach\": 5}").patch("/api/contributions/" + publicId).then()
                .statusCode(200).body("title", equalTo(title)).body("reach", equalTo(5))
                .body("$", not(hasKey("privateDescription")));
        var put = with(writer).contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "%s", "date": "%s", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "private": true, "privateDescription": "秘密 again"}""".formatted(title, year))
                .put("/api/contributions/" + publicId).then().statusCode(200).body("private", equalTo(true)).extract();
        assertNoContent(put);
        var created = with(writer).contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "Neu privat", "date": "%s", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "private": true, "description": "秘密"}""".formatted(year))
                .post("/api/contributions").then().statusCode(201)
                .header("Location", containsString("/api/contributions/")).extract();
        assertNoContent(created);
        author().get("/api/contributions/" + publicId).then().body("privateDescription", equalTo("秘密 again"));

        // An entry about a draft is hidden like the draft.
        String slug = draft("Mit Eintrag " + unique());
        var linked = with(writer).contentType(ContentType.JSON).body("""
                {"type": "video", "title": "Video 秘密", "date": "%s", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "postSlug": "%s"}""".formatted(year, slug))
                .post("/api/contributions").then().statusCode(201).extract();
        assertNoContent(linked);
        assertFalse(linked.jsonPath().getMap("$").containsKey("postSlug"));
    }

    @Test
    void anImportDryRunDoesNotNameEntriesTheCallerCannotRead() {
        String date = "2025-0" + (1 + (int) (Math.random() * 9)) + "-1" + (int) (Math.random() * 9);
        String hiddenTitle = "Vertraulich " + unique();
        String hiddenId = author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "%s", "date": "%s", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "private": true}""".formatted(hiddenTitle, date))
                .post("/api/contributions").then().statusCode(201).extract().path("id");
        String shownTitle = "Sichtbar " + unique();
        String shownId = author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "%s", "date": "%s", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"]}""".formatted(shownTitle, date))
                .post("/api/contributions").then().statusCode(201).extract().path("id");
        String rows = """
                [{"type": "blog", "title": "%s", "date": "%s", "technologyArea": "dotnet", "targetAudiences": ["developer"]},
                 {"type": "blog", "title": "%s", "date": "%s", "technologyArea": "dotnet", "targetAudiences": ["developer"]}]"""
                .formatted(hiddenTitle, date, shownTitle, date);
        String writer = token("contributions:write");
        var report = with(writer).contentType(ContentType.JSON).queryParam("dryRun", "true").body(rows)
                .post("/api/contributions/import").then().statusCode(200)
                .body("created", equalTo(0)).body("skipped.size()", equalTo(2))
                .body("skipped[0].existingId", nullValue()).body("skipped[1].existingId", equalTo(shownId)).extract();
        assertFalse(report.asString().contains(hiddenId), report.asString());
        author().contentType(ContentType.JSON).queryParam("dryRun", "true").body(rows).post("/api/contributions/import")
                .then().statusCode(200).body("skipped[0].existingId", equalTo(hiddenId));
    }

    @Test
    void tagWritesAnswerOnlyTheSlugOfATagNoPublishedPostCarries() {
        String writer = token("posts:write");
        String id = unique();
        var created = with(writer).contentType(ContentType.JSON).body(Map.of("name", "Projekt 秘密 " + id,
                "slug", "projekt-" + id, "description", "秘密")).post("/api/tags").then().statusCode(201)
                .header("Location", endsWith("/api/tags/projekt-" + id)).body("slug", equalTo("projekt-" + id)).extract();
        assertNoContent(created);
        with(writer).get("/api/tags/projekt-" + id).then().statusCode(404);
        var patched = with(writer).contentType(ContentType.JSON).body("{}").patch("/api/tags/projekt-" + id).then()
                .statusCode(200).extract();
        assertNoContent(patched);
        var put = with(writer).contentType(ContentType.JSON).body(Map.of("name", "Projekt 秘密 2"))
                .put("/api/tags/projekt-" + id).then().statusCode(200).extract();
        assertNoContent(put);
        author().get("/api/tags/projekt-" + id).then().statusCode(200).body("name", equalTo("Projekt 秘密 2"));

        createPublished("Öffentlich " + id, "projekt-" + id);
        with(writer).contentType(ContentType.JSON).body("{\"description\": \"Jetzt öffentlich\"}")
                .patch("/api/tags/projekt-" + id).then().statusCode(200).body("name", equalTo("Projekt 秘密 2"))
                .body("postCount", equalTo(1));
        assertEquals(200, anonymous().get("/api/tags/projekt-" + id).statusCode());
    }
}
