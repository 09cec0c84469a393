package dev.mvpress.post;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.createPublished;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * Production has no preview secret: without one, preview links are off with a problem that names the setting,
 * and everything else works.
 */
@QuarkusTest
@TestProfile(PreviewWithoutSecretTest.WithoutSecret.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class PreviewWithoutSecretTest {

    public static class WithoutSecret implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mvpress.preview.secret", "");
        }
    }

    @Test
    void makingOrOpeningALinkSaysThatTheSecretIsMissing() {
        String draft =
                createMarkdown("---\ntitle: Brouillon sans secret " + unique() + "\ntags: [dotnet, azure]\n---\nÀ relire.");
        author().post("/api/posts/" + draft + "/preview-links").then().statusCode(503)
                .contentType("application/problem+json").body("type", equalTo("urn:mvpress:problem:unavailable"))
                .body("detail", containsString("mvpress.preview.secret")).header("Retry-After", (String) null);
        anonymous().queryParam("preview", "eyJwb3N0IjoiMCJ9.c2lnbmF0dXJl").get("/api/posts/" + draft).then().statusCode(503)
                .body("detail", containsString("mvpress.preview.secret"));
        anonymous().get("/api/posts/" + draft).then().statusCode(404);
        String published = createPublished("Publié sans aperçu " + unique(), "dotnet");
        anonymous().get("/api/posts/" + published).then().statusCode(200);
        anonymous().queryParam("preview", "x").get("/api/posts/" + published).then().statusCode(503);
    }
}
