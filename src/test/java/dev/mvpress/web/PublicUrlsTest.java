package dev.mvpress.web;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * Without mvpress.api.base-url, URLs of the API in responses are relative and the feeds carry no self
 * link: whatever Host a caller sends never reaches a (publicly cacheable) response.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class PublicUrlsTest {

    static final String EVIL = "evil.example";

    static RequestSpecification hostile(RequestSpecification request) {
        return request.header("Host", EVIL).header("X-Forwarded-Host", EVIL).header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=" + EVIL + ";proto=https").redirects().follow(false);
    }

    /** The response, after checking that the hostile host appears in none of its headers and not in its body. */
    static Response clean(Response response) {
        response.getHeaders().forEach(h -> assertFalse(h.getValue().contains(EVIL), h.getName() + ": " + h.getValue()));
        assertFalse(response.asString().contains(EVIL), response.asString());
        return response;
    }

    @Test
    void locationsLinksAndFeedsNeverShowTheRequestsHost() {
        String u = unique();
        String tag = "Hôtes " + u;
        Response created = clean(hostile(author()).contentType(ContentType.JSON)
                .body(Map.of("title", "Premier billet " + u, "markdown", "Corps é", "status", "published", "tags",
                        List.of(tag, "Azure")))
                .post("/api/posts"));
        assertEquals(201, created.statusCode());
        String slug = created.path("slug");
        assertEquals("/api/posts/" + slug, created.header("Location"));
        String tagSlug = created.path("tags[0].slug");

        hostile(author()).contentType("application/merge-patch+json").body(Map.of("slug", "renomme-" + u))
                .patch("/api/posts/" + slug).then().statusCode(200);
        Response moved = clean(hostile(anonymous()).get("/api/posts/" + slug));
        assertEquals(301, moved.statusCode());
        assertEquals("/api/posts/renomme-" + u, moved.header("Location"));
        Response movedRelated = clean(hostile(anonymous()).queryParam("limit", 2).get("/api/posts/" + slug + "/related"));
        assertEquals(301, movedRelated.statusCode());
        assertEquals("/api/posts/renomme-" + u + "/related?limit=2", movedRelated.header("Location"));

        author().contentType(ContentType.JSON)
                .body(Map.of("title", "Second billet " + u, "status", "published", "tags", List.of(tag)))
                .post("/api/posts").then().statusCode(201);
        Response list = clean(hostile(anonymous()).queryParam("tag", tagSlug).queryParam("size", 1).get("/api/posts"));
        assertEquals(200, list.statusCode());
        String link = list.header("Link");
        assertTrue(link.contains("</api/posts?") && link.contains("rel=\"next\"") && link.contains("page=2"), link);
        assertFalse(link.contains("://"), link);

        Response newTag =
                clean(hostile(author()).contentType(ContentType.JSON).body(Map.of("name", "Étiquette " + u)).post("/api/tags"));
        assertEquals(201, newTag.statusCode());
        assertEquals("/api/tags/" + newTag.path("slug"), newTag.header("Location"));
        Response contribution = clean(hostile(author()).contentType(ContentType.JSON).body("""
                {"type": "speaker-third-party-event", "title": "Talk %s", "date": "2026-05-01",
                 "url": "https://conf.example.com/talks/%s", "technologyArea": "dotnet", "targetAudiences": ["developer"],
                 "role": "author", "reach": 10}""".formatted(u, u)).post("/api/contributions"));
        assertEquals(201, contribution.statusCode(), contribution.asString());
        assertEquals("/api/contributions/" + contribution.path("id"), contribution.header("Location"));
        Response token = clean(hostile(author()).contentType(ContentType.JSON)
                .body(Map.of("name", "lecteur " + u, "scopes", List.of("drafts:read"))).post("/api/tokens"));
        assertEquals(201, token.statusCode(), token.asString());
        assertEquals("/api/tokens/" + token.path("id"), token.header("Location"));

        for (String feed : List.of("/api/feed.xml", "/api/feed.atom", "/api/feed.json", "/api/sitemap.xml")) {
            assertEquals(200, clean(hostile(anonymous()).get(feed)).statusCode(), feed);
            if (!feed.contains("sitemap")) {
                assertEquals(200, clean(hostile(anonymous()).queryParam("tag", tagSlug).get(feed)).statusCode(), feed);
            }
        }
        Map<String, Object> json = hostile(anonymous()).queryParam("tag", tagSlug).get("/api/feed.json").as(Map.class);
        assertNull(json.get("feed_url"), "no feed_url without an API base URL");
        String atom = hostile(anonymous()).queryParam("tag", tagSlug).get("/api/feed.atom").asString();
        assertFalse(atom.contains("rel=\"self\""), atom);
        assertTrue(atom.contains("<id>http://localhost:4321/api/feed.atom?tag=" + tagSlug + "</id>"), atom);
    }
}
