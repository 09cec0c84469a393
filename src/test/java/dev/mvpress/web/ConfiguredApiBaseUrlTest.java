package dev.mvpress.web;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static dev.mvpress.web.PublicUrlsTest.clean;
import static dev.mvpress.web.PublicUrlsTest.hostile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import dev.mvpress.support.EmbeddedPostgresResource;

/** With mvpress.api.base-url set, absolute URLs of the API are built on it, whatever Host the request names. */
@QuarkusTest
@TestProfile(ConfiguredApiBaseUrlTest.ApiBaseUrl.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ConfiguredApiBaseUrlTest {

    private static final String BASE = "https://api.example.net";

    public static class ApiBaseUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mvpress.api.base-url", BASE + "/");
        }
    }

    @Test
    void locationLinksAndFeedSelfLinksUseTheConfiguredBaseUrl() {
        String u = unique();
        Response created = clean(hostile(author()).contentType(ContentType.JSON)
                .body(Map.of("title", "Configuré " + u, "status", "published", "tags", List.of("Base " + u, "Azure")))
                .post("/api/posts"));
        assertEquals(201, created.statusCode());
        String slug = created.path("slug");
        String tagSlug = created.path("tags[0].slug");
        assertEquals(BASE + "/api/posts/" + slug, created.header("Location"));
        author().contentType(ContentType.JSON).body(Map.of("title", "Configuré deux " + u, "status", "published",
                "tags", List.of("Base " + u))).post("/api/posts").then().statusCode(201);

        String link =
                clean(hostile(anonymous()).queryParam("tag", tagSlug).queryParam("size", 1).get("/api/posts")).header("Link");
        assertTrue(link.startsWith("<" + BASE + "/api/posts?") && link.contains("page=2"), link);

        Map<String, Object> json = clean(hostile(anonymous()).queryParam("tag", tagSlug).get("/api/feed.json")).as(Map.class);
        assertEquals(BASE + "/api/feed.json?tag=" + tagSlug, json.get("feed_url"));
        String atom = clean(hostile(anonymous()).get("/api/feed.atom")).asString();
        assertTrue(atom.contains("<id>" + BASE + "/api/feed.atom</id>"), atom);
        assertTrue(atom.contains("href=\"" + BASE + "/api/feed.atom\""), atom);
        clean(hostile(anonymous()).get("/api/feed.xml"));
    }
}
