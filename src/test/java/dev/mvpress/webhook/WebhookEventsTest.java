package dev.mvpress.webhook;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createPublished;
import static dev.mvpress.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.Fanout;
import dev.mvpress.support.WebhookRows;
import dev.mvpress.support.WebhookRows.Received;

/**
 * Changes become webhook events for each audience: readers' endpoints get what an anonymous reader sees
 * (never a draft's body), drafts endpoints every change; patterns and creation times choose endpoints;
 * a rolled-back write yields nothing.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class WebhookEventsTest {

    static final String BODY =
            ("## Überblick\n\nDer Entwurf über **Zürich** und 東京: " + "lorem ipsum dolor sit amet ".repeat(60)
                    + "\n\n```csharp\nConsole.WriteLine(\"héllo\");\n```\n").repeat(3);

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    final List<UUID> endpoints = new ArrayList<>();
    UUID readers;
    UUID drafts;

    @BeforeEach
    void caughtUp() {
        Fanout.drain();
        Instant now = Instant.now().minusSeconds(1);
        readers = add(WebhookRows.webhook(false, now, "*"));
        drafts = add(WebhookRows.webhook(true, now, "*"));
    }

    @AfterEach
    void removeEndpoints() {
        WebhookRows.delete(endpoints.toArray(UUID[]::new));
    }

    UUID add(UUID endpoint) {
        endpoints.add(endpoint);
        return endpoint;
    }

    @Test
    void aPostsLifeIsPublishedUpdatedRenamedUnpublishedAndDeletedForReaders() throws Exception {
        String id = unique();
        String title = "Déjà vu in Zürich – 東京 " + id;
        String slug = author().contentType(ContentType.JSON).body(json.writeValueAsString(Map.of("title", title,
                "markdown", BODY + id, "tags", List.of("dotnet-" + id, "Azure Functions " + id, "café-" + id))))
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String postId = author().get("/api/posts/" + slug).then().extract().path("id");
        Fanout.drain();
        assertEquals(List.of(), of(readers, postId), "a draft does not exist for readers");
        List<Received> hidden = of(drafts, postId);
        assertEquals(List.of("post.updated"), types(hidden));
        JsonNode draft = json.readTree(hidden.get(0).payload());
        assertEquals("draft", draft.at("/data/status").asText());
        assertTrue(draft.at("/data/html").asText().contains("東京"), "the drafts endpoint gets the body");
        // As a plain GET answers it: the HTML, not the markdown source.
        assertTrue(draft.at("/data/markdown").isMissingNode(), draft.toString());
        assertEquals(3, draft.at("/data/tags").size());

        patch(slug, "{\"status\": \"published\"}");
        patch(slug, "{\"title\": \"" + title + " (updated)\"}");
        String renamed = "renamed-" + id;
        patch(slug, "{\"slug\": \"" + renamed + "\"}");
        patch(renamed, "{\"status\": \"draft\", \"markdown\": \"Secret draft text " + id + "\"}");
        Fanout.drain();
        List<Received> seen = of(readers, postId);
        assertEquals(List.of("post.published", "post.updated", "post.updated", "post.unpublished"), types(seen));
        for (Received r : seen) {
            assertEquals("public", r.audience());
            assertTrue(r.messageId().startsWith("msg_"), r.messageId());
            assertFalse(r.payload().contains("Secret draft text"), "a draft's body never reaches readers: " + r.payload());
        }
        // Payloads show the resource as it is at the fan-out: unpublished by now, so a tombstone with the slug readers knew.
        JsonNode gone = json.readTree(seen.get(3).payload());
        assertEquals("post.unpublished", gone.get("type").asText());
        assertEquals(postId, gone.at("/data/id").asText());
        assertEquals(renamed, gone.at("/data/slug").asText());
        assertEquals(2, gone.get("data").size(), "only id and slug: " + gone);
        assertTrue(gone.get("timestamp").asText().endsWith("Z"));
        assertTrue(of(drafts, postId).get(4).payload().contains("Secret draft text"), "the drafts endpoint sees the draft");

        patch(renamed, "{\"status\": \"published\"}");
        Fanout.drain();
        JsonNode published = json.readTree(last(of(readers, postId)).payload());
        assertEquals("post.published", published.get("type").asText());
        assertEquals(title + " (updated)", published.at("/data/title").asText());
        assertEquals(renamed, published.at("/data/slug").asText());
        assertTrue(published.at("/data/html").asText().contains("Secret draft text"));
        assertEquals(3, published.at("/data/tags").size());
        // The payload is what GET /api/posts/{slug} answers an anonymous reader, but for what is about other
        // posts (previous, next, translations) and the JSON-LD, which only single reads carry.
        String get =
                anonymous().get("/api/posts/" + renamed).then().statusCode(200).extract().asString();
        com.fasterxml.jackson.databind.node.ObjectNode read =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(get);
        read.remove(java.util.List.of("previous", "next", "translations", "jsonLd"));
        assertEquals(read, published.get("data"));

        author().delete("/api/posts/" + renamed).then().statusCode(204);
        Fanout.drain();
        assertEquals("post.deleted", last(of(readers, postId)).type());
        assertEquals("post.deleted", last(of(drafts, postId)).type());
        assertEquals(renamed, json.readTree(last(of(readers, postId)).payload()).at("/data/slug").asText());
    }

    @Test
    void tagsAndContributionsHaveTheirEvents() throws Exception {
        String id = unique();
        author().contentType(ContentType.JSON).body("{\"name\": \"Blazor " + id + "\", \"slug\": \"blazor-" + id + "\"}")
                .post("/api/tags").then().statusCode(201);
        String postSlug = author().contentType(ContentType.JSON).body("{\"title\": \"Blazor in Köln " + id
                + "\", \"status\": \"published\", \"tags\": [\"blazor-" + id + "\"]}").post("/api/posts").then().statusCode(201)
                .extract().path("slug");
        author().contentType(ContentType.JSON).body("{\"name\": \"Blazor ✨ " + id + "\"}")
                .patch("/api/tags/blazor-" + id).then().statusCode(200);
        Fanout.drain();
        String tagId = (String) WebhookRows.query("select cast(id as text) as id from tag where slug = ?", "blazor-" + id)
                .get(0).get("id");
        // A new tag no published post carries does not exist for readers (the change log's rule).
        assertEquals(List.of("tag.updated"), types(of(readers, tagId)));
        assertEquals(List.of("tag.created", "tag.updated"), types(of(drafts, tagId)));
        assertEquals("Blazor ✨ " + id, json.readTree(of(readers, tagId).get(0).payload()).at("/data/name").asText());

        author().delete("/api/tags/blazor-" + id).then().statusCode(204);
        Fanout.drain();
        assertEquals("tag.deleted", last(of(readers, tagId)).type());
        assertEquals("blazor-" + id, json.readTree(last(of(readers, tagId)).payload()).at("/data/slug").asText());

        String entry = author().contentType(ContentType.JSON).body("""
                {"type": "video", "title": "Vortrag in München %s", "date": "2026-03-14",
                 "technologyArea": "dotnet", "targetAudiences": ["developer"],
                 "privateDescription": "Honorar: 500 € %s"}""".formatted(id, id)).post("/api/contributions").then()
                .statusCode(201)
                .extract().path("id");
        author().contentType(ContentType.JSON).body("{\"private\": true}").patch("/api/contributions/" + entry)
                .then().statusCode(200);
        author().delete("/api/contributions/" + entry).then().statusCode(204);
        Fanout.drain();
        // Turning private is a deletion for readers; the drafts endpoint follows every change.
        assertEquals(List.of("contribution.created", "contribution.deleted"), types(of(readers, entry)));
        assertEquals(List.of("contribution.created", "contribution.updated", "contribution.deleted"), types(of(drafts, entry)));
        for (Received r : of(readers, entry)) {
            assertFalse(r.payload().contains("Honorar"), "a private field never reaches readers: " + r.payload());
        }
        JsonNode created = json.readTree(of(drafts, entry).get(0).payload());
        assertEquals("contribution.created", created.get("type").asText());
        assertTrue(of(readers, entry).get(1).payload().contains("\"data\":{\"id\":\"" + entry + "\"}"));
        assertFalse(postSlug.isEmpty());
    }

    @Test
    void aRolledBackWriteYieldsNothing() {
        String slug = createPublished("Rolled back " + unique(), "rollback");
        String postId = author().get("/api/posts/" + slug).then().extract().path("id");
        Fanout.drain();
        int before = of(readers, postId).size();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update post set title = 'never committed' where slug = :slug").setParameter("slug", slug)
                        .executeUpdate();
                throw new IllegalStateException("a write that fails after its change was logged");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        // A write that fails validation answers 400 and leaves no change either.
        author().contentType(ContentType.JSON).body("{\"title\": \"\"}").patch("/api/posts/" + slug).then().statusCode(400);
        Fanout.drain();
        assertEquals(before, of(readers, postId).size());
        assertEquals(before, of(drafts, postId).size());
    }

    @Test
    void endpointsGetTheTypesTheirPatternsMatchAndNothingFromBeforeThem() throws Exception {
        Instant now = Instant.now().minusSeconds(1);
        UUID exact = add(WebhookRows.webhook(false, now, "post.published"));
        UUID family = add(WebhookRows.webhook(false, now, "tag.*", "contribution.deleted"));
        String slug = createPublished("Patterns über alles " + unique(), "patterns");
        patch(slug, "{\"title\": \"Patterns, again\"}");
        Fanout.drain();
        String postId = author().get("/api/posts/" + slug).then().extract().path("id");
        assertEquals(List.of("post.published"), types(of(exact, postId)));
        assertEquals(List.of(), of(family, postId));
        assertEquals(List.of("post.published", "post.updated"), types(of(readers, postId)));

        patch(slug, "{\"title\": \"Patterns, a third time\"}");
        UUID late = add(WebhookRows.webhook(false, Instant.now().plusSeconds(1), "*"));
        Fanout.drain();
        assertEquals(List.of(), of(late, postId), "an endpoint created after a change gets nothing of it");
        assertEquals(3, of(readers, postId).size());
    }

    @Test
    void aPageIsAnnouncedAsAPageNeverAsAPost() throws Exception {
        String id = unique();
        UUID posts = add(WebhookRows.webhook(false, Instant.now().minusSeconds(1), "post.*"));
        UUID pages = add(WebhookRows.webhook(false, Instant.now().minusSeconds(1), "page.*"));
        String slug = "about-" + id;
        author().contentType(ContentType.JSON).body(json.writeValueAsString(Map.of("title", "Über mich " + id,
                "markdown", "Ich schreibe über .NET – 東京 " + id))).put("/api/pages/" + slug).then().statusCode(201);
        String pageId = author().get("/api/pages/" + slug).then().extract().path("id");
        author().contentType(ContentType.JSON).body("{\"status\": \"published\"}").patch("/api/pages/" + slug).then()
                .statusCode(200);
        Fanout.drain();
        JsonNode published = json.readTree(of(readers, pageId).get(0).payload());
        assertEquals("page", published.at("/data/kind").asText());
        assertEquals("http://localhost:4321/" + slug + "/", published.at("/data/url").asText());
        author().contentType(ContentType.JSON).body("{\"description\": \"Wer hier schreibt\"}").patch("/api/pages/" + slug)
                .then().statusCode(200);
        author().delete("/api/pages/" + slug).then().statusCode(204);
        Fanout.drain();
        assertEquals(List.of("page.published", "page.updated", "page.deleted"), types(of(readers, pageId)));
        assertEquals(List.of("page.updated", "page.published", "page.updated", "page.deleted"), types(of(drafts, pageId)));
        assertEquals(types(of(readers, pageId)), types(of(pages, pageId)));
        assertEquals(List.of(), of(posts, pageId), "a post.* endpoint hears nothing of pages");
        assertEquals(slug, json.readTree(last(of(readers, pageId)).payload()).at("/data/slug").asText());
    }

    private List<Received> of(UUID endpoint, String entityId) {
        return WebhookRows.received(endpoint).stream().filter(r -> r.entityId().equals(entityId)).toList();
    }

    private static List<String> types(List<Received> received) {
        return received.stream().map(Received::type).toList();
    }

    private static Received last(List<Received> received) {
        return received.get(received.size() - 1);
    }

    private static void patch(String slug, String body) {
        author().contentType(ContentType.JSON).body(body).patch("/api/posts/" + slug).then().statusCode(200);
    }
}
