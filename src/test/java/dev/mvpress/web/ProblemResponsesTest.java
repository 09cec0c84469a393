package dev.mvpress.web;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import dev.mvpress.support.EmbeddedPostgresResource;

/** Every error path answers RFC 9457 problem JSON that names what was wrong, never a 500 or an HTML page. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ProblemResponsesTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("type", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void malformedJsonIsA400() {
        problem(author().contentType(ContentType.JSON).body("{\"title\": ").post("/api/posts").then(), 400)
                .body("type", equalTo("urn:mvpress:problem:malformed-body"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void anEmptyBodyIsA400() {
        problem(author().contentType(ContentType.JSON).body("").post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("body"));
        problem(author().contentType(ContentType.JSON).body("[1, 2]").post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void malformedYamlFrontMatterIsA400() {
        problem(author().contentType(MARKDOWN).body("---\ntitle: [unclosed\n---\nbody").post("/api/posts").then(), 400)
                .body("detail", containsString("front matter"));
        problem(author().contentType(MARKDOWN).body("---\ntitle: no end\nbody").post("/api/posts").then(), 400)
                .body("detail", containsString("closing"));
        problem(author().contentType(MARKDOWN).body("---\n- just\n- a list\n---\nbody").post("/api/posts").then(), 400);
        problem(author().contentType(MARKDOWN).body("---\ntitle: a\ntitle: b\n---\n").post("/api/posts").then(), 400);
    }

    @Test
    void wrongTypesNameTheField() {
        problem(author().contentType(ContentType.JSON).body("{\"title\": [\"a\"]}").post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("title"));
        problem(author().contentType(ContentType.JSON).body("{\"title\": \"t\", \"tags\": \"dotnet\"}").post("/api/posts")
                .then(), 400)
                .body("errors[0].field", equalTo("tags"));
        problem(author().contentType(ContentType.JSON).body("{\"title\": \"t\", \"tags\": [{\"slug\": 5, \"name\": []}]}")
                .post("/api/posts").then(), 400)
                .body("errors[0].field", containsString("tags[0]"));
        problem(author().contentType(ContentType.JSON).body("{\"title\": \"t\", \"coverImage\": \"x\"}").post("/api/posts")
                .then(), 400)
                .body("errors[0].field", equalTo("coverImage"));
        problem(author().contentType(MARKDOWN).body("---\ntitle: t\ndraft: maybe\n---\n").post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("draft"));
        problem(author().contentType(MARKDOWN).body("---\ntitle: t\ntags: {a: 1}\n---\n").post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("tags"));
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
        problem(author().contentType(ContentType.JSON).body("{\"title\": \"t\", \"status\": \"live\"}").post("/api/posts")
                .then(), 400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("draft, scheduled, published"));
        problem(author().contentType(MARKDOWN).body("---\ntitle: t\nstatus: live\n---\n").post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void badDatesNameTheField() {
        problem(author().contentType(ContentType.JSON).body("{\"title\": \"t\", \"publishedAt\": \"0000-00-00\"}")
                .post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("publishedAt"));
        problem(author().contentType(MARKDOWN).body("---\ntitle: t\ndate: 2024-02-30\n---\n").post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void unknownFieldsAreRejectedButReadOnlyFieldsAreIgnored() {
        problem(author().contentType(ContentType.JSON).body("{\"titel\": \"typo\"}").post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("titel"));
        author().contentType(ContentType.JSON).body("{\"title\": \"With id " + unique() + "\", \"id\": \"x\", \"version\": 9}")
                .post("/api/posts").then().statusCode(201);
    }

    @Test
    void validationErrorsListEveryField() {
        problem(author().contentType(ContentType.JSON)
                .body("{\"title\": \" \", \"slug\": \"Not A Slug\", \"canonicalUrl\": \"/relative\", "
                        + "\"coverImage\": {\"url\": \"javascript:alert(1)\"}}")
                .post("/api/posts").then(), 400)
                .body("type", equalTo("urn:mvpress:problem:validation"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("canonicalUrl"))
                .body("errors.field", hasItem("coverImage.url"));
    }

    @Test
    void unknownRoutesAreA404Problem() {
        problem(anonymous().get("/api/nothing-here").then(), 404);
        problem(anonymous().get("/api/posts/a/b/c").then(), 404);
        problem(anonymous().get("/api/tags/no-such-tag-" + unique()).then(), 404);
    }

    @Test
    void wrongMethodIsA405WithAllow() {
        problem(author().contentType(ContentType.JSON).body("{}").patch("/api/posts").then(), 405)
                .header("Allow", containsString("GET"));
    }

    @Test
    void unsupportedMediaTypeIsA415() {
        problem(author().contentType("text/plain").body("hello").post("/api/posts").then(), 415)
                .body("detail", containsString("text/plain"));
        String slug = createMarkdown("---\ntitle: Patch types " + unique() + "\n---\n");
        problem(author().contentType(MARKDOWN).body("x").patch("/api/posts/" + slug).then(), 415);
    }

    @Test
    void unacceptableMediaTypeIsA406() {
        String slug = createMarkdown("---\ntitle: Accept " + unique() + "\n---\n");
        problem(author().accept("application/xml").get("/api/posts/" + slug).then(), 406);
        problem(anonymous().accept("text/markdown").get("/api/posts").then(), 406);
    }

    @Test
    void nulCharactersAreRefusedNotA500() {
        problem(author().contentType(ContentType.JSON).body("{\"title\": \"a\\u0000b\"}").post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("title"));
        problem(author().contentType(ContentType.JSON).body("{\"title\": \"t\", \"metadata\": {\"k\": [\"\\u0000\"]}}")
                .post("/api/posts").then(), 400)
                .body("errors[0].field", equalTo("metadata.k[0]"));
        problem(author().contentType(MARKDOWN).body("---\ntitle: a\u0000b\n---\n").post("/api/posts").then(), 400);
        problem(anonymous().get("/api/posts/a%00b").then(), 404);
        problem(anonymous().get("/api/tags/a%00b").then(), 404);
        problem(anonymous().queryParam("tag", "a\u0000b").get("/api/posts").then(), 400).body("errors[0].field",
                equalTo("tag"));
        problem(author().contentType(ContentType.JSON).body("{\"title\": \"t\"}").put("/api/posts/a%00b").then(), 400)
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void oversizedBodiesWithoutAContentLengthAreA413Too() {
        byte[] huge = ("---\ntitle: Huge\n---\n" + "x".repeat(1024 * 1024 + 10)).getBytes(StandardCharsets.UTF_8);
        // An InputStream body is sent chunked, with no Content-Length for the early check to read.
        author().contentType(MARKDOWN).body(new ByteArrayInputStream(huge)).post("/api/posts").then()
                .statusCode(413).contentType("application/problem+json");
        byte[] small = ("---\ntitle: Chunked " + unique() + "\n---\nFine").getBytes(StandardCharsets.UTF_8);
        author().contentType(MARKDOWN).body(new ByteArrayInputStream(small)).post("/api/posts").then()
                .statusCode(201).body("html", equalTo("<p>Fine</p>\n"));
    }

    @Test
    void oversizedBodiesAreA413() {
        String huge = "---\ntitle: Huge\n---\n" + "x".repeat(1024 * 1024 + 10);
        problem(author().contentType(MARKDOWN).body(huge).post("/api/posts").then(), 413)
                .body("type", equalTo("urn:mvpress:problem:body-too-large"));
    }
}
