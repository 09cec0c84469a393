package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import dev.mvpress.support.EmbeddedPostgresResource;

/** Tags map to technology areas, and a published post's blog entry takes its areas from its tags. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class TagAreaMappingTest {

    private static void mapTag(String slug, String name, String area) {
        author().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"technologyArea\": " + (area == null ? "null" : "\"" + area + "\"") + "}")
                .put("/api/tags/" + slug).then().statusCode(201).body("technologyArea", equalTo(area));
    }

    private static String publish(String title, String... tags) {
        String list = String.join(", ", List.of(tags).stream().map(t -> "\"" + t + "\"").toList());
        return author().contentType(ContentType.JSON).body("{\"title\": \"" + title + "\", \"markdown\": \"Körper\","
                + " \"status\": \"published\", \"tags\": [" + list + "]}").post("/api/posts").then().statusCode(201)
                .extract().path("slug");
    }

    private static ValidatableResponse entryOf(String word) {
        return author().queryParam("type", "blog").queryParam("q", word).get("/api/contributions").then().statusCode(200)
                .body("page.totalItems", equalTo(1));
    }

    @Test
    void aTagShowsItsAreaWhichPutAndPatchSetAndClear() {
        String slug = "blazor-" + unique();
        mapTag(slug, "Blazor ✨", "web-development");
        anonymous().get("/api/tags/" + slug).then().statusCode(404);
        author().get("/api/tags/" + slug).then().statusCode(200).body("technologyArea", equalTo("web-development"));

        author().contentType("application/merge-patch+json").body("{\"technologyArea\": \"dotnet\"}")
                .patch("/api/tags/" + slug).then().statusCode(200).body("technologyArea", equalTo("dotnet"))
                .body("name", equalTo("Blazor ✨"));
        author().contentType("application/merge-patch+json").body("{\"technologyArea\": \"no-such-area\"}")
                .patch("/api/tags/" + slug).then().statusCode(400)
                .body("errors[0].field", equalTo("technologyArea"))
                .body("errors[0].message", equalTo("'no-such-area' is not a technology area; see GET /api/technology-areas"));
        author().contentType(ContentType.JSON).body("{\"name\": \"Blazor ✨\", \"technologyArea\": \"Dotnet\"}")
                .put("/api/tags/" + slug).then().statusCode(400).body("errors[0].field", equalTo("technologyArea"));
        author().get("/api/tags/" + slug).then().body("technologyArea", equalTo("dotnet"));

        author().contentType("application/merge-patch+json").body("{\"technologyArea\": null}")
                .patch("/api/tags/" + slug).then().statusCode(200).body("$", hasKey("technologyArea"))
                .body("technologyArea", nullValue());
        // A PUT is a full replace: leaving the area out unmaps the tag.
        author().contentType(ContentType.JSON).body("{\"name\": \"Blazor\", \"technologyArea\": \"dotnet\"}")
                .put("/api/tags/" + slug).then().statusCode(200).body("technologyArea", equalTo("dotnet"));
        author().contentType(ContentType.JSON).body("{\"name\": \"Blazor\"}").put("/api/tags/" + slug).then()
                .statusCode(200).body("technologyArea", nullValue());
        author().contentType(ContentType.JSON).body("{\"name\": \"Blazor neu " + unique() + "\", \"technologyArea\": \"java\"}")
                .post("/api/tags").then().statusCode(201).body("technologyArea", equalTo("java"));
    }

    @Test
    void aPostWithSeveralTagsLogsItsEntryWithTheMappedAreasInTagOrder() {
        String id = unique();
        mapTag("jvm-" + id, "JVM " + id, "java");
        mapTag("csharp-" + id, "C# " + id, "dotnet");
        mapTag("kotlin-" + id, "Kotlin " + id, "java");
        mapTag("pipelines-" + id, "Pipelines " + id, "devops");
        mapTag("notebooks-" + id, "Notebooks " + id, "python");
        String word = "Polyglot" + id.replaceAll("[0-9]", "");
        publish(word + " — Straße über Brücken", "essay-" + id, "jvm-" + id, "csharp-" + id, "kotlin-" + id,
                "pipelines-" + id, "notebooks-" + id);
        entryOf(word).body("items[0].technologyArea", equalTo("java"))
                .body("items[0].additionalTechnologyAreas", equalTo(List.of("dotnet", "devops")));
    }

    @Test
    void aPostWithoutMappedTagsGetsTheConfiguredArea() {
        String id = unique();
        String word = "Unmapped" + id.replaceAll("[0-9]", "");
        publish(word + " café notes", "cafe-" + id, "notes-" + id);
        entryOf(word).body("items[0].technologyArea", equalTo("web-development"))
                .body("items[0].additionalTechnologyAreas", equalTo(List.of()));
        String untagged = "Untagged" + id.replaceAll("[0-9]", "");
        publish(untagged + " ohne Schlagworte");
        entryOf(untagged).body("items[0].technologyArea", equalTo("web-development"));
    }

    @Test
    void theEntryFollowsItsPostsTagsUntilTheAuthorEditsIt() {
        String id = unique();
        mapTag("py-" + id, "Py " + id, "python");
        mapTag("tools-" + id, "Tools " + id, "developer-tools");
        String word = "Retagged" + id.replaceAll("[0-9]", "");
        String slug = publish(word + " notes", "py-" + id);
        entryOf(word).body("items[0].technologyArea", equalTo("python"));
        author().contentType(ContentType.JSON).body("{\"tags\": [\"tools-" + id + "\", \"py-" + id + "\"]}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        entryOf(word).body("items[0].technologyArea", equalTo("developer-tools"))
                .body("items[0].additionalTechnologyAreas", equalTo(List.of("python")));
        author().contentType(ContentType.JSON).body("{\"tags\": []}").patch("/api/posts/" + slug).then().statusCode(200);
        entryOf(word).body("items[0].technologyArea", equalTo("web-development"))
                .body("items[0].additionalTechnologyAreas", equalTo(List.of()));
    }

    @Test
    void aTagCannotBeMappedToAnAreaThePortalRetired() {
        String id = unique();
        String area = "retired-" + id;
        author().contentType(ContentType.JSON).body("{\"name\": \"Ancienne zone " + id + "\", \"awardCategory\": \"Test\","
                + " \"inPortal\": false}").put("/api/technology-areas/" + area).then().statusCode(201);
        author().contentType(ContentType.JSON).body("{\"name\": \"Old " + id + "\", \"technologyArea\": \"" + area + "\"}")
                .put("/api/tags/old-" + id).then().statusCode(400).body("errors[0].field", equalTo("technologyArea"))
                .body("errors[0].message", equalTo("the MVP portal no longer has 'Ancienne zone " + id
                        + "'; map the tag to an area of GET /api/technology-areas?inPortal=true"));
    }

    @Test
    void deletingAnAreaUnmapsItsTags() {
        String id = unique();
        String area = "area-" + id;
        author().contentType(ContentType.JSON).body("{\"name\": \"Área temporal " + id + "\", \"awardCategory\": \"Test\"}")
                .put("/api/technology-areas/" + area).then().statusCode(201);
        mapTag("temp-" + id, "Temp " + id, area);
        author().delete("/api/technology-areas/" + area).then().statusCode(204);
        author().get("/api/tags/temp-" + id).then().statusCode(200).body("technologyArea", nullValue());
    }
}
