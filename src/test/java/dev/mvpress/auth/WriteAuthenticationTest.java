package dev.mvpress.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/** Every write the OpenAPI document lists is refused without a valid token, whatever the body. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class WriteAuthenticationTest {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @Test
    void everyWriteOperationInTheOpenApiDocumentAnswers401WithoutAToken() {
        List<String[]> writes = writeOperations();
        assertTrue(writes.size() >= 8, "expected the post and tag writes in the document, found " + writes.size());
        for (String[] op : writes) {
            given().contentType(ContentType.JSON).body("{\"title\": \"x\", \"name\": \"x\"}")
                    .request(op[0], op[1])
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void everyWriteOperationAnswers401WithAWrongTokenOrScheme() {
        for (String[] op : writeOperations()) {
            given().header("Authorization", "Bearer not-the-token").contentType(ContentType.JSON).body("{}")
                    .request(op[0], op[1]).then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
            given().header("Authorization", "Basic dGVzdC10b2tlbjo=").contentType(ContentType.JSON).body("{}")
                    .request(op[0], op[1]).then().statusCode(401);
        }
    }

    @Test
    void readsNeedNoTokenButAWrongTokenIsReported() {
        given().get("/api/posts").then().statusCode(200);
        given().get("/api/tags").then().statusCode(200);
        given().header("Authorization", "Bearer wrong").get("/api/posts").then().statusCode(401)
                .body("detail", containsString("not valid"));
    }

    @Test
    void theDevelopmentTokenIsNotAcceptedOutsideDevMode() {
        given().header("Authorization", "Bearer dev-token").contentType(ContentType.JSON).body("{\"title\": \"x\"}")
                .post("/api/posts").then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    static List<String[]> writeOperations() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        List<String[]> ops = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api")) {
                return;
            }
            for (String method : item.keySet()) {
                if (WRITES.contains(method)) {
                    ops.add(new String[]{method.toUpperCase(), path.replaceAll("\\{[^}]+}", "some-slug")});
                }
            }
        });
        return ops;
    }
}
