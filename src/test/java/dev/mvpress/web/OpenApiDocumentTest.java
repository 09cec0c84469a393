package dev.mvpress.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.auth.AccessRule;
import dev.mvpress.auth.Scope;
import dev.mvpress.support.Declarations;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.webhook.WebhookEvents;

/** The document a frontend generates its client from: complete, and honest about security. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiDocumentTest {

    private static final String REDOCLY_VERSION = "2.77.0";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() {
        return given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryAnIdAndDocumentedResponsesWithSchemasAndExamples() {
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document().get("paths");
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                String where = op.getKey() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                assertNotNull(operation.get("summary"), where + " has no summary");
                assertTrue(ids.add((String) operation.get("operationId")), where + " has a missing or repeated operationId");
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                assertFalse(responses.isEmpty(), where + " documents no response");
                for (var response : responses.entrySet()) {
                    if (response.getValue().containsKey("$ref")) {
                        continue;
                    }
                    assertNotNull(response.getValue().get("description"),
                            where + " " + response.getKey() + " has no description");
                    Map<String, Map<String, Object>> content =
                            (Map<String, Map<String, Object>>) response.getValue().get("content");
                    if (content != null) {
                        content.forEach((type, media) -> {
                            assertNotNull(media.get("schema"), where + " " + type + " has no schema");
                            assertTrue(media.containsKey("examples") || media.containsKey("example"),
                                    where + " " + response.getKey() + " " + type + " has no example");
                        });
                    }
                }
                operations++;
            }
        }
        assertTrue(operations >= 11, "only " + operations + " operations documented");
    }

    @Test
    @SuppressWarnings("unchecked")
    void securityIsWhatEachResourceMethodDeclares() {
        Map<String, Object> doc = document();
        Map<String, Object> schemes =
                (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("securitySchemes");
        assertEquals(Map.of("type", "http", "scheme", "bearer", "description",
                "The admin token (MVPRESS_ADMIN_TOKEN) or a token from POST /api/tokens"),
                schemes.get("bearer"));
        Map<String, AccessRule> declared = new HashMap<>();
        for (Declarations.Declared method : Declarations.resourceMethods()) {
            declared.put(method.operationId(),
                    method.rule().orElseThrow(() -> new AssertionError(method.where() + " declares nothing")));
        }
        Set<String> documented = new HashSet<>();
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            String where = method + " " + path;
            String id = (String) op.get("operationId");
            documented.add(id);
            AccessRule rule = declared.get(id);
            assertNotNull(rule, where + " is not a declared resource method");
            List<Map<String, Object>> security = (List<Map<String, Object>>) op.get("security");
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            if (rule.isPublic()) {
                assertEquals(List.of(Map.of(), Map.of("bearer", List.of())), security, where + " is a public read");
            } else {
                assertEquals(List.of(Map.of("bearer", List.of())), security, where + " needs " + rule.scopes());
                assertTrue(responses.containsKey("403"), where + " needs " + rule.scopes() + " and should document 403");
            }
        }));
        assertEquals(declared.keySet(), documented, "every declared resource method is in the document");
        // The mismatch this replaced: the document said anyone may read a post's history.
        assertEquals(List.of(Map.of("bearer", List.of())), paths.get("/api/posts/{slug}/revisions").get("get").get("security"));
        assertEquals(List.of(Scope.DRAFTS_READ), declared.get("listPostRevisions").scopes());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentHasALicenseAServerAndTheMarkdownRequestBody() {
        Map<String, Object> doc = document();
        assertNotNull(((Map<String, Object>) ((Map<String, Object>) doc.get("info")).get("license")).get("name"));
        assertFalse(((List<Object>) doc.get("servers")).isEmpty());
        Map<String, Object> create =
                ((Map<String, Map<String, Map<String, Object>>>) doc.get("paths")).get("/api/posts").get("post");
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) create.get("requestBody")).get("content");
        assertTrue(content.containsKey("text/markdown"), "createPost accepts text/markdown");
        assertTrue(content.containsKey("application/json"), "createPost accepts JSON");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWebhooksSectionDescribesEveryEventWithItsSignedHeaders() {
        Map<String, Object> doc = document();
        assertTrue(((String) doc.get("openapi")).startsWith("3.1"), "webhooks need OpenAPI 3.1: " + doc.get("openapi"));
        Map<String, Map<String, Map<String, Object>>> webhooks =
                (Map<String, Map<String, Map<String, Object>>>) doc.get("webhooks");
        assertEquals(WebhookEvents.DESCRIPTIONS.keySet(), webhooks.keySet());
        Map<String, Object> published = webhooks.get("post.published").get("post");
        assertEquals("onPostPublished", published.get("operationId"));
        List<Map<String, Object>> headers = (List<Map<String, Object>>) published.get("parameters");
        assertEquals(List.of("webhook-id", "webhook-timestamp", "webhook-signature"),
                headers.stream().map(h -> h.get("name")).toList());
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        assertTrue(schemas.containsKey("WebhookEvent") && schemas.containsKey("EventTombstone"), schemas.keySet().toString());
    }

    /**
     * Lints the served document with Redocly's recommended rules, as a frontend developer would before
     * generating a client; warnings count as failures. Needs npx (Node.js) and the npm registry.
     */
    @Test
    void theDocumentLintsCleanWithRedoclyRecommendedRules() throws Exception {
        Assumptions.assumeTrue(onPath("npx"), "npx is not installed");
        Path file = Path.of("target", "openapi-lint", "openapi.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        Process lint = new ProcessBuilder("npx", "--yes", "@redocly/cli@" + REDOCLY_VERSION, "lint", "--extends=recommended",
                file.getFileName().toString())
                .directory(file.getParent().toFile()).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "redocly did not finish");
        assertEquals(0, lint.exitValue(), output);
        assertTrue(output.contains("Your API description is valid"), output);
        assertFalse(output.matches("(?s).*You have \\d+ warnings?.*"), output);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
