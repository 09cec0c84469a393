package dev.mvpress.post;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.as;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createPublished;
import static dev.mvpress.support.Api.previewToken;
import static dev.mvpress.support.Api.tokenWith;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.service.PreviewSigner;
import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;

/**
 * Preview links as a frontend's draft mode uses them: a link shows its draft or scheduled post to anyone who
 * holds it, with nothing cached, and stops working when it expires, for another post, when altered, when the
 * post is deleted or when the secret changes; a refusal never tells whether a draft exists at the slug.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class PreviewLinkTest {

    /** A real draft: non-ASCII title, several tags, a long body with code and a table. */
    private static String draft(String id) {
        StringBuilder body = new StringBuilder("## Étape 1: Préparer l'environnement\n\n");
        for (int i = 1; i <= 40; i++) {
            body.append("Paragraphe ").append(i).append(" sur la migration vers .NET 9, avec des détails précis.\n\n");
        }
        body.append("```csharp\nvar builder = WebApplication.CreateBuilder(args);\nConsole.WriteLine(\"Olá, 世界\");\n```\n\n")
                .append("| Version | Support | Fin |\n|---|---|---|\n| .NET 8 | LTS | 2026-11 |\n| .NET 9 | STS | 2026-05 |\n");
        return author().contentType(MARKDOWN + "; charset=UTF-8")
                .body("---\ntitle: Ébauche — Migration vers .NET 9 « " + id + " »\ntags: [dotnet, azure, migration-"
                        + id + "]\ndescription: Un brouillon à relire\n---\n" + body)
                .post("/api/posts").then().statusCode(201)
                .extract().path("slug");
    }

    private static Response get(String slug, String token) {
        return anonymous().redirects().follow(false).queryParam("preview", token).get("/api/posts/" + slug);
    }

    private static void refused(Response response, String because) {
        response.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:mvpress:problem:forbidden"))
                .body("errors[0].field", equalTo("preview")).body("detail", containsString(because));
    }

    @Test
    void aLinkShowsTheDraftToAnyoneWhoHoldsItAndNothingKeepsIt() {
        String id = unique();
        String slug = draft(id);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Response made = author().contentType(ContentType.JSON).body("{\"expiresIn\": \"PT2H\"}")
                .post("/api/posts/" + slug + "/preview-links");
        made.then().statusCode(201).contentType(ContentType.JSON).header("Cache-Control", "private, no-store")
                .body("post.slug", equalTo(slug));
        String token = made.path("token");
        Instant expiresAt = Instant.parse(made.path("expiresAt"));
        assertTrue(!expiresAt.isBefore(before.plus(Duration.ofHours(2)).minusSeconds(1))
                && !expiresAt.isAfter(Instant.now().plus(Duration.ofHours(2))), "expiresAt " + expiresAt);
        String postId = author().get("/api/posts/" + slug).path("id");
        assertEquals(postId, made.path("post.id"));
        assertEquals("/api/posts/" + slug + "?preview=" + token, made.path("url"));
        assertEquals(made.path("url"), made.header("Location"));
        assertEquals("https://example.com/api/draft?slug=" + slug + "&secret=" + token, made.path("previewUrl"));
        assertFalse(made.asString().contains(Api.PREVIEW_SECRET), "the secret is in the answer");

        anonymous().get("/api/posts/" + slug).then().statusCode(404);
        Response shown = get(slug, token);
        shown.then().statusCode(200).contentType(ContentType.JSON)
                .header("Cache-Control", "private, no-store").header("ETag", nullValue()).header("Last-Modified", nullValue())
                .header("X-Robots-Tag", "noindex")
                .body("title", equalTo("Ébauche — Migration vers .NET 9 « " + id + " »")).body("status", equalTo("draft"))
                .body("tags.slug", equalTo(List.of("dotnet", "azure", "migration-" + id)))
                .body("html", containsString("<table>")).body("html", containsString("language-csharp"))
                .body("html", containsString("Olá, 世界"));
        // Exactly what a token with drafts:read sees.
        assertEquals(as(tokenWith("drafts:read")).get("/api/posts/" + slug).asString(), shown.asString());
        // No ETag, so no revalidation: an If-None-Match cannot turn it into a 304.
        anonymous().header("If-None-Match", "*").queryParam("preview", token).get("/api/posts/" + slug).then().statusCode(200);

        anonymous().accept(MARKDOWN).queryParam("preview", token).get("/api/posts/" + slug).then().statusCode(200)
                .contentType(containsString(MARKDOWN)).header("Cache-Control", "private, no-store")
                .body(containsString("title: Ébauche — Migration vers .NET 9")).body(containsString("| .NET 9 | STS |"));
        // The same link through a bearer token's request: still private.
        as(tokenWith("contributions:write")).queryParam("preview", token).get("/api/posts/" + slug).then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        // Anonymous reads of published posts are untouched.
        String published = createPublished("Publié " + id, "dotnet");
        anonymous().get("/api/posts/" + published).then().statusCode(200).header("Cache-Control", containsString("public"))
                .header("ETag", containsString("\""));
    }

    @Test
    void aScheduledPostIsShownAsScheduled() {
        String slug = draft(unique());
        String at = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS).toString();
        author().contentType(ContentType.JSON).body("{\"status\": \"scheduled\", \"publishedAt\": \"" + at + "\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        anonymous().get("/api/posts/" + slug).then().statusCode(404);
        get(slug, previewToken(slug)).then().statusCode(200).body("status", equalTo("scheduled"))
                .body("publishedAt", equalTo(at));
    }

    @Test
    void aLinkLastsADayUnlessAskedOtherwise() {
        String slug = draft(unique());
        for (String body : new String[]{null, "{}", "{\"expiresIn\": null}"}) {
            var request = author();
            if (body != null) {
                request.contentType(ContentType.JSON).body(body);
            }
            Instant expiresAt = Instant.parse(request.post("/api/posts/" + slug + "/preview-links").then().statusCode(201)
                    .extract().path("expiresAt"));
            assertEquals(24 * 3600, Duration.between(Instant.now(), expiresAt).toSeconds(), 5, body);
        }
        Instant inAnHour = Instant.parse(author().contentType(ContentType.JSON).body("{\"expiresIn\": \"P0DT1H\"}")
                .post("/api/posts/" + slug + "/preview-links").then().statusCode(201).extract().path("expiresAt"));
        assertEquals(3600, Duration.between(Instant.now(), inAnHour).toSeconds(), 5);
        author().contentType(ContentType.JSON).body("{\"expiresIn\": \"P30D\"}").post("/api/posts/" + slug + "/preview-links")
                .then().statusCode(201);
    }

    @Test
    void aLifetimeOutOfRangeOrMisspeltIsA400NamingExpiresIn() {
        String slug = draft(unique());
        // A bare number is refused, not read as seconds (or milliseconds): only the text says its unit.
        for (String value : new String[]{"\"P31D\"", "3600", "\"PT720H1S\"", "\"PT0S\"", "0", "\"-PT1H\"", "-5",
                "\"PT0.5S\"", "\"2 hours\"", "\"24H\"", "\"P1M\"", "\"\"", "true", "1.5", "{}", "[\"PT1H\"]",
                "99999999999999999999", "\"PT99999999999999999999H\""}) {
            author().contentType(ContentType.JSON).body("{\"expiresIn\": " + value + "}")
                    .post("/api/posts/" + slug + "/preview-links").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("expiresIn"));
        }
        author().contentType(ContentType.JSON).body("{\"expiresIn\": \"P31D\"}").post("/api/posts/" + slug + "/preview-links")
                .then().body("errors[0].message", containsString("at most P30D"));
        author().contentType(ContentType.JSON).body("{\"expires\": \"PT1H\"}").post("/api/posts/" + slug + "/preview-links")
                .then().statusCode(400).body("errors[0].field", equalTo("expires"));
        author().contentType(ContentType.JSON).body("{\"expiresIn\": ").post("/api/posts/" + slug + "/preview-links")
                .then().statusCode(400);
        author().contentType(ContentType.TEXT).body("PT2H").post("/api/posts/" + slug + "/preview-links").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void whoMayMakeALink() {
        String slug = draft(unique());
        anonymous().post("/api/posts/" + slug + "/preview-links").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        as(tokenWith("contributions:write")).post("/api/posts/" + slug + "/preview-links").then().statusCode(403)
                .body("detail",
                        equalTo("This token lacks one of the scopes drafts:read or posts:write that this operation needs"));
        for (String scope : new String[]{"drafts:read", "posts:write"}) {
            String token = as(tokenWith(scope)).post("/api/posts/" + slug + "/preview-links").then().statusCode(201)
                    .extract().path("token");
            get(slug, token).then().statusCode(200);
        }
        author().post("/api/posts/no-such-post-" + unique() + "/preview-links").then().statusCode(404);
    }

    @Test
    void aLinkStopsWorkingWhenItExpires() {
        String slug = draft(unique());
        Instant made = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String token = author().contentType(ContentType.JSON).body("{\"expiresIn\": \"PT1H\"}")
                .post("/api/posts/" + slug + "/preview-links").then().statusCode(201).extract().path("token");
        FixedTime clock = new FixedTime(made.plus(Duration.ofMinutes(59)));
        QuarkusMock.installMockForType(clock, TimeSource.class);
        get(slug, token).then().statusCode(200);
        clock.advanceTo(made.plus(Duration.ofHours(1)).plusSeconds(1));
        refused(get(slug, token), "expired at ");
        clock.advanceTo(made.plus(Duration.ofDays(400)));
        refused(get(slug, token), "expired at ");
    }

    @Test
    void aLinkIsForOnePostAndARefusalSaysNothingOfOthers() {
        String id = unique();
        String mine = draft(id);
        String other = draft(unique());
        String token = previewToken(mine);
        String published = createPublished("Visible " + id, "dotnet");
        Response atOther = get(other, token);
        refused(atOther, "for another post");
        Response atNothing = get("no-such-post-" + id, token);
        refused(atNothing, "for another post");
        refused(get(published, token), "for another post");
        assertEquals(atOther.path("detail"), (Object) atNothing.path("detail"));

        // A token that is not ours gets the same answer whether or not a draft lives at the slug.
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        Response atDraft = get(other, forged);
        Response atMissing = get("no-such-post-" + id, forged);
        refused(atDraft, "not a valid preview link");
        refused(atMissing, "not a valid preview link");
        assertEquals(atDraft.path("detail"), (Object) atMissing.path("detail"));
    }

    @Test
    void anAlteredCutOrMadeUpTokenIsRefused() {
        String slug = draft(unique());
        String otherSlug = draft(unique());
        String token = previewToken(slug);
        String[] parts = token.split("\\.");
        String otherId = author().get("/api/posts/" + otherSlug).path("id");
        String myId = author().get("/api/posts/" + slug).path("id");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.US_ASCII);
        assertTrue(payload.contains(myId) && !payload.contains(slug), "the payload names the post by id: " + payload);

        String longer = b64.encodeToString(payload.replaceFirst("\"exp\":\\d+", "\"exp\":4102444800")
                .getBytes(StandardCharsets.US_ASCII)) + "." + parts[1];
        String elsewhere = b64.encodeToString(payload.replace(myId, otherId).getBytes(StandardCharsets.US_ASCII)) + "."
                + parts[1];
        char middle = parts[1].charAt(20);
        String flipped = parts[0] + "." + parts[1].substring(0, 20) + (middle == 'A' ? 'B' : 'A') + parts[1].substring(21);
        // The last character carries two spare bits: another spelling of the same signature is refused too.
        char last = parts[1].charAt(parts[1].length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String respelt = parts[1].substring(0, parts[1].length() - 1) + alphabet.charAt(alphabet.indexOf(last) + 1);
        assertArrayEquals(Base64.getUrlDecoder().decode(parts[1]), Base64.getUrlDecoder().decode(respelt));
        for (String bad : List.of(longer, elsewhere, flipped, parts[0] + "." + respelt, token.substring(0, token.length() - 1),
                token.substring(0, token.length() - 10), parts[0], parts[0] + ".", "." + parts[1], parts[1] + "." + parts[0],
                token + "." + parts[1], token + "=", "hello", "a.b", "%%%", "null",
                "x".repeat(5000))) {
            refused(get(slug, bad), "not a valid preview link");
        }
        get(otherSlug, elsewhere).then().statusCode(403);
        // Empty is absent, as for every query parameter: the plain read, where a draft does not exist.
        anonymous().queryParam("preview", "").get("/api/posts/" + slug).then().statusCode(404);
        anonymous().queryParam("preview", " ").get("/api/posts/" + slug).then().statusCode(400)
                .body("errors[0].field", equalTo("preview"));
        get(slug, token).then().statusCode(200);
    }

    @Test
    void aLinkSignedWithAnotherSecretIsRefusedAndOneWithThisSecretWorks() {
        String slug = draft(unique());
        UUID id = UUID.fromString(author().get("/api/posts/" + slug).path("id"));
        Instant later = Instant.now().plus(Duration.ofHours(1));
        String rotated = new PreviewSigner("another-secret-of-at-least-32-bytes-0123456789".getBytes(StandardCharsets.UTF_8))
                .sign(id, later);
        refused(get(slug, rotated), "the preview secret has changed");
        String ours = new PreviewSigner(Api.PREVIEW_SECRET.getBytes(StandardCharsets.UTF_8)).sign(id, later);
        get(slug, ours).then().statusCode(200);
    }

    @Test
    void aLinkToADeletedPostIsA404() {
        String slug = draft(unique());
        String token = previewToken(slug);
        author().delete("/api/posts/" + slug).then().statusCode(204);
        get(slug, token).then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("preview"));
        // Another post taking the slug does not inherit the link.
        author().contentType(ContentType.JSON).body("{\"title\": \"Reprise\", \"slug\": \"" + slug + "\"}").post("/api/posts")
                .then().statusCode(201);
        get(slug, token).then().statusCode(404);
    }

    @Test
    void aRenamedPostKeepsItsLinks() {
        String slug = draft(unique());
        String token = previewToken(slug);
        String renamed = "renomme-" + unique();
        author().contentType(ContentType.JSON).body("{\"slug\": \"" + renamed + "\"}").patch("/api/posts/" + slug)
                .then().statusCode(200);
        get(renamed, token).then().statusCode(200).body("slug", equalTo(renamed));
        // The old URL redirects like a GET on an old slug does, keeping the link and private.
        get(slug, token).then().statusCode(301).header("Location", endsWith("/api/posts/" + renamed + "?preview=" + token))
                .header("Cache-Control", "private, no-store");
        anonymous().queryParam("preview", token).get("/api/posts/" + slug).then().statusCode(200)
                .body("slug", equalTo(renamed));
        // A link asked for at the old slug is for the post it leads to, under its current slug.
        Response again = author().post("/api/posts/" + slug + "/preview-links");
        again.then().statusCode(201).body("post.slug", equalTo(renamed))
                .body("url", endsWith("/api/posts/" + renamed + "?preview=" + again.path("token")));
        anonymous().get("/api/posts/" + slug).then().statusCode(404);
    }

    @Test
    void previewIsAKnownQueryParameterAndDocumented() {
        String slug = draft(unique());
        anonymous().queryParam("previw", "x").get("/api/posts/" + slug).then().statusCode(400)
                .body("errors[0].message", containsString("did you mean 'preview'"));
        Map<String, Object> op = anonymous().accept(ContentType.JSON).get("/q/openapi")
                .path("paths.'/api/posts/{slug}'.get");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.get("parameters");
        Map<String, Object> preview =
                parameters.stream().filter(p -> "preview".equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals("query", preview.get("in"));
        assertNotEquals(null, preview.get("description"));
        assertNotEquals(null, preview.get("example"));
        Map<String, Object> create = anonymous().accept(ContentType.JSON).get("/q/openapi")
                .path("paths.'/api/posts/{slug}/preview-links'.post");
        assertEquals("createPreviewLink", create.get("operationId"));
    }
}
