package dev.mvpress.post;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import dev.mvpress.support.EmbeddedPostgresResource;

/** A body nested thousands of levels deep is the author's mistake (400 on markdown), on every write route. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class DeepMarkdownTest {

    static Stream<String> deeplyNested() {
        return Stream.of(">".repeat(5_000) + " citation", "- ".repeat(5_000) + "élément", "1. ".repeat(5_000) + "item",
                "> - ".repeat(5_000) + "item", "*".repeat(20_000) + "x" + "*".repeat(20_000), "> ".repeat(40) + "trop profond");
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("markdown"));
    }

    @ParameterizedTest
    @MethodSource("deeplyNested")
    void everyWriteRouteRefusesItAndLeavesThePostAsItWas(String body) {
        String u = unique();
        refused(author().contentType(ContentType.JSON).body(Map.of("title", "Profond " + u, "markdown", body))
                .post("/api/posts").then());
        refused(author().contentType(MARKDOWN).body("---\ntitle: Profond md " + u + "\n---\n" + body)
                .post("/api/posts").then());
        author().get("/api/posts/profond-" + u).then().statusCode(404);

        String original = "## Résumé\n\nCorps d'origine, avec des **accents** et 日本語.\n";
        String slug = author().contentType(ContentType.JSON)
                .body(Map.of("title", "Existant " + u, "markdown", original, "tags", List.of("Azure", "Entra ID")))
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        refused(author().contentType(ContentType.JSON).body(Map.of("title", "Existant " + u, "markdown", body))
                .put("/api/posts/" + slug).then());
        refused(author().contentType(MARKDOWN).body("---\ntitle: Existant " + u + "\n---\n" + body)
                .put("/api/posts/" + slug).then());
        refused(author().contentType("application/merge-patch+json").body(Map.of("markdown", body))
                .patch("/api/posts/" + slug).then());
        refused(author().contentType(MARKDOWN).body("---\ntitle: Nouveau " + u + "\n---\n" + body)
                .put("/api/posts/nouveau-" + u).then());
        assertEquals(original,
                author().queryParam("include", "markdown").get("/api/posts/" + slug).then().statusCode(200).extract()
                        .path("markdown"));
        author().get("/api/posts/nouveau-" + u).then().statusCode(404);
    }

    @Test
    void listsNestedEightLevelsDeepAreWelcome() {
        StringBuilder body = new StringBuilder("Une liste :\n\n");
        for (int level = 0; level < 8; level++) {
            body.append("  ".repeat(level)).append("- niveau ").append(level).append(" *ü* [lien](https://example.com/")
                    .append(level).append(")\n");
        }
        body.append("\n> > > citation **_imbriquée_**\n");
        String html = author().contentType(ContentType.JSON)
                .body(Map.of("title", "Huit niveaux " + unique(), "markdown", body.toString()))
                .post("/api/posts").then().statusCode(201).extract().path("html");
        assertEquals(8, Jsoup.parse(html).select("ul").size(), html);
        assertEquals(3, Jsoup.parse(html).select("blockquote").size(), html);
    }
}
