package dev.mvpress.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;

@QuarkusTest
@TestProfile(FailedAuthThrottleTest.LowLimit.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class FailedAuthThrottleTest {

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The test client connects from loopback, which plays the reverse proxy here.
            return Map.of("mvpress.auth.max-failures", "3", "mvpress.auth.failure-window", "1M",
                    "mvpress.auth.trusted-proxies", "127.0.0.1,::1");
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
        // While throttled, the right token still works: failures from a shared address cannot lock the author out.
        given().header("Authorization", "Bearer " + Api.TOKEN).get("/api/posts").then().statusCode(200);
        given().header("Authorization", "Bearer guess-5").get("/api/posts").then().statusCode(429);
        // Anonymous reads are not affected.
        given().get("/api/posts").then().statusCode(200);
    }

    @Test
    void behindATrustedProxyClientsAreToldApartByTheAddressTheProxyAddedNotByWhatTheySend() {
        // The attacker at 203.0.113.9 sends a new spoofed X-Forwarded-For each try; the proxy appends
        // the real address, and that is what counts.
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i + ", 203.0.113.9")
                    .header("Authorization", "Bearer guess-" + i).get("/api/tags").then().statusCode(401);
        }
        given().header("X-Forwarded-For", "198.51.100.77, 203.0.113.9")
                .header("Authorization", "Bearer guess-4").get("/api/tags").then().statusCode(429)
                .header("Retry-After", notNullValue());
        // Pointing the header at someone else's address does not throttle them: the author at
        // 198.51.100.1 behind the same proxy still fails and succeeds on their own account.
        given().header("X-Forwarded-For", "198.51.100.1")
                .header("Authorization", "Bearer typo").get("/api/tags").then().statusCode(401);
        given().header("X-Forwarded-For", "198.51.100.1")
                .header("Authorization", "Bearer " + Api.TOKEN).get("/api/tags").then().statusCode(200);
        // And the attacker's own valid token, if it had one, would still work.
        given().header("X-Forwarded-For", "203.0.113.9")
                .header("Authorization", "Bearer " + Api.TOKEN).get("/api/tags").then().statusCode(200);
    }

    @Test
    void apiResponsesCarrySecurityHeadersAndNoServerBanner() {
        for (var response : new ValidatableResponse[]{
                given().get("/api/tags").then().statusCode(200),
                given().get("/api/nothing").then().statusCode(404),
                given().contentType("application/json").body("{}").post("/api/tags").then().statusCode(401)}) {
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
