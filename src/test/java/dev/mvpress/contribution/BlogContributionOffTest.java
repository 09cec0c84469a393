package dev.mvpress.contribution;

import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

@QuarkusTest
@TestProfile(BlogContributionOffTest.Off.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class BlogContributionOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mvpress.contributions.log-published-posts", "false");
        }
    }

    @Test
    void publishingLogsNothingWhenConfigurationTurnsItOff() {
        String word = "Narwhal" + unique().replaceAll("[0-9]", "");
        author().contentType(ContentType.JSON).body("{\"title\": \"" + word + "\", \"status\": \"published\"}")
                .post("/api/posts").then().statusCode(201);
        author().queryParam("q", word).get("/api/contributions").then().body("page.totalItems", equalTo(0));
    }
}
