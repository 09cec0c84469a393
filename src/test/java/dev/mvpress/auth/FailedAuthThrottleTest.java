package dev.mvpress.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(FailedAuthThrottleTest.LowLimit.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class FailedAuthThrottleTest {

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mvpress.auth.max-failures", "3", "mvpress.auth.failure-window", "1M");
        }
    }

    @Test
    void repeatedFailedAuthenticationIsSlowedDownWith429AndRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer guess-" + i).get("/api/posts").then().statusCode(401);
        }
        given().header("Authorization", "Bearer guess-4").get("/api/posts").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:mvpress:problem:too-many-requests"));
        // While throttled, even the right token waits: a guess that happens to be right gains nothing.
        given().header("Authorization", "Bearer " + Api.TOKEN).get("/api/posts").then().statusCode(429);
        // Anonymous reads are not affected.
        given().get("/api/posts").then().statusCode(200);
    }

    @Test
    void apiResponsesCarrySecurityHeadersAndNoServerBanner() {
        for (var response : new io.restassured.response.ValidatableResponse[] {
                given().get("/api/tags").then().statusCode(200),
                given().get("/api/nothing").then().statusCode(404),
                given().contentType("application/json").body("{}").post("/api/tags").then().statusCode(401) }) {
            response.header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Server", nullValue());
        }
        // Swagger UI is a page with scripts; the API's CSP would break it, so it is not applied there.
        given().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
