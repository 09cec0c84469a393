package dev.mvpress.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/** Production has no default token: with none configured, every write is refused and reads still work. */
@QuarkusTest
@TestProfile(NoAdminTokenTest.WithoutToken.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class NoAdminTokenTest {

    public static class WithoutToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mvpress.admin-token", "");
        }
    }

    @Test
    void writesAreRefusedEvenWithAGuessedTokenAndTheProblemSaysWhy() {
        for (String token : new String[]{null, "", "test-token", "dev-token"}) {
            var request = given().contentType(ContentType.JSON).body("{\"title\": \"x\"}");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            request.post("/api/posts").then().statusCode(401)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("detail", containsString("MVPRESS_ADMIN_TOKEN"));
        }
    }

    @Test
    void readsOfPublishedContentStillWork() {
        given().get("/api/posts").then().statusCode(200);
        given().get("/api/tags").then().statusCode(200);
    }
}
