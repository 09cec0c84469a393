package dev.mvpress;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * What readers and the author ask most, against the packaged application. Built with Java 25 or later,
 * {@code ./mvnw package} runs this class alone after packaging (the aot-cache profile in pom.xml) while the JVM
 * records what it loads, links and compiles: that is the AOT cache {@code target/quarkus-app/app.aot} the
 * production start uses (docs/performance.md, "Cold start"). So it asks with real content, several rounds of
 * the reads a frontend makes, and checks what it gets like any other test.
 */
@QuarkusIntegrationTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class AotTrainingIT {

    private static final int ROUNDS = 25;

    @Test
    void theReadsAndWritesOfADay() {
        String id = unique();
        String tag = "aot-" + id;
        String slug = author().contentType(MARKDOWN).body("""
                ---
                title: "Zürich, 東京 und zurück: Minimal APIs mit .NET %1$s"
                description: Wie ich Minimal APIs auf Azure betreibe – mit Zahlen.
                tags: [%2$s, dotnet, azure-%1$s]
                draft: false
                cover_image: https://example.com/img/zürich.jpg
                ---
                ## Warum Minimal APIs?

                Weil sie *schnell* starten. Ein Beispiel:

                ```csharp
                var app = WebApplication.Create(args);
                app.MapGet("/", () => "Grüezi 👋");
                app.Run();
                ```

                | Variante | Start | RAM |
                | --- | --- | --- |
                | JIT | 180 ms | 60 MB |
                | AOT | 40 ms | 20 MB |

                ## Fazit

                Siehe [die Doku](https://learn.microsoft.com/aspnet/core/fundamentals/minimal-apis).
                """.formatted(id, tag)).post("/api/posts").then().statusCode(201).extract().path("slug");
        String draft = author().contentType(MARKDOWN)
                .body("---\ntitle: Entwurf " + id + "\ntags: [" + tag + "]\n---\nNoch nicht fertig.")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String page = author().contentType(ContentType.JSON)
                .body("{\"title\": \"Über mich " + id
                        + "\", \"status\": \"published\", \"markdown\": \"## Hallo\\n\\nIch bin Zoë.\"}")
                .post("/api/pages").then().statusCode(201).extract().path("slug");
        author().contentType(ContentType.JSON).body("""
                {"type": "video", "title": "Vortrag in München %s", "date": "2026-03-14",
                 "technologyArea": "dotnet", "targetAudiences": ["developer"]}""".formatted(id))
                .post("/api/contributions").then().statusCode(201);

        for (int round = 0; round < ROUNDS; round++) {
            anonymous().get("/api/posts/" + slug).then().statusCode(200)
                    .body("tags.slug", hasItem(tag)).body("html", containsString("<table>"))
                    .body("toc.size()", equalTo(2));
            anonymous().get("/api/posts?size=20").then().statusCode(200).body("items.slug", hasItem(slug))
                    .body("items.slug", not(hasItem(draft)));
            anonymous().get("/api/posts?tag=" + tag + "&size=20").then().statusCode(200)
                    .body("items.slug", equalTo(List.of(slug)));
            anonymous().queryParam("q", "Minimal APIs").get("/api/posts?size=20").then().statusCode(200)
                    .body("items.slug", hasItem(slug));
            anonymous().get("/api/pages/" + page).then().statusCode(200).body("kind", equalTo("page"));
            anonymous().get("/api/tags").then().statusCode(200);
            anonymous().get("/api/site").then().statusCode(200);
            anonymous().get("/api/posts/" + draft).then().statusCode(404);
            anonymous().get("/api/posts?size=0").then().statusCode(400);
            if (round % 5 == 0) {
                anonymous().get("/api/feed.xml").then().statusCode(200).body(containsString(slug));
                anonymous().get("/api/feed.json").then().statusCode(200);
                anonymous().get("/api/sitemap.xml").then().statusCode(200).body(containsString(slug));
                anonymous().get("/api/contributions?size=20").then().statusCode(200);
                anonymous().get("/api/changes").then().statusCode(200);
                author().accept(MARKDOWN).get("/api/posts/" + slug).then().statusCode(200)
                        .body(containsString("## Fazit"));
                author().get("/api/posts?status=draft&size=20").then().statusCode(200).body("items.slug", hasItem(draft));
            }
        }
        author().contentType(ContentType.JSON).body("{\"description\": \"Mit Zahlen aus " + id + ".\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        author().delete("/api/posts/" + draft).then().statusCode(204);
    }
}
