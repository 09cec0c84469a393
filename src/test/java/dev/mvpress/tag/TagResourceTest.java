package dev.mvpress.tag;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.createPublished;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.mvpress.support.EmbeddedPostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class TagResourceTest {

    @Test
    void tagsNamedOnPostsAreCreatedAndMatchedBySlugRegardlessOfCase() {
        String id = unique();
        createPublished("First " + id, "DotNet" + id);
        createPublished("Second " + id, "dotnet" + id);
        anonymous().get("/api/tags/dotnet" + id).then().statusCode(200)
                .body("slug", equalTo("dotnet" + id))
                .body("name", equalTo("DotNet" + id))
                .body("postCount", equalTo(2));
        anonymous().get("/api/tags/DOTNET" + id).then().statusCode(200).body("slug", equalTo("dotnet" + id));
    }

    @Test
    void renamingATagKeepsItsPostsAndTheirLinks() {
        String id = unique();
        String slug = "dotnet-" + id;
        String post = createPublished("Renamed tag " + id, slug);
        author().contentType("application/merge-patch+json").body("{\"name\": \".NET " + id + "\"}")
                .patch("/api/tags/" + slug).then().statusCode(200)
                .body("slug", equalTo(slug)).body("name", equalTo(".NET " + id)).body("postCount", equalTo(1));
        anonymous().get("/api/posts/" + post).then().body("tags[0].name", equalTo(".NET " + id));
        // A post written later with the new display name still finds the same tag.
        String other = createPublished("Another " + id, ".NET " + id);
        anonymous().get("/api/posts/" + other).then().body("tags[0].slug", equalTo(slug));
        anonymous().queryParam("tag", slug).get("/api/posts").then().body("page.totalItems", equalTo(2));
    }

    @Test
    void deletingATagTakesItOffItsPostsAndKeepsTheirOtherTagsInOrder() {
        String id = unique();
        String post = createPublished("Three tags " + id, "one-" + id, "two-" + id, "three-" + id);
        int version = anonymous().get("/api/posts/" + post).then().extract().path("version");
        author().delete("/api/tags/two-" + id).then().statusCode(204);
        anonymous().get("/api/tags/two-" + id).then().statusCode(404);
        anonymous().get("/api/posts/" + post).then().statusCode(200)
                .body("tags.slug", equalTo(List.of("one-" + id, "three-" + id)))
                .body("version", greaterThan(version));
    }

    @Test
    void createReplaceAndConflicts() {
        String id = unique();
        author().contentType(ContentType.JSON).body("{\"name\": \"Azure Functions " + id + "\", \"description\": \"Serverless\"}")
                .post("/api/tags").then().statusCode(201)
                .header("Location", endsWith("/api/tags/azure-functions-" + id))
                .body("slug", equalTo("azure-functions-" + id)).body("postCount", equalTo(0));
        author().contentType(ContentType.JSON).body("{\"slug\": \"azure-functions-" + id + "\", \"name\": \"Again\"}")
                .post("/api/tags").then().statusCode(409).contentType("application/problem+json");
        author().contentType(ContentType.JSON).body("{\"name\": \"Kubernetes\"}").put("/api/tags/k8s-" + id)
                .then().statusCode(201).body("slug", equalTo("k8s-" + id));
        author().contentType(ContentType.JSON).body("{\"name\": \"Kubernetes!\"}").put("/api/tags/k8s-" + id)
                .then().statusCode(200).body("name", equalTo("Kubernetes!")).body("description", equalTo(null));
        author().contentType(ContentType.JSON).body("{\"slug\": \"azure-functions-" + id + "\"}").patch("/api/tags/k8s-" + id)
                .then().statusCode(409);
        author().contentType(ContentType.JSON).body("{\"name\": \"\"}").post("/api/tags").then().statusCode(400)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void listsSortByNameOrPostCountAndCountOnlyPublishedPosts() {
        String id = unique();
        String busy = "busy-" + id;
        String quiet = "quiet-" + id;
        createPublished("P1 " + id, busy, quiet);
        createPublished("P2 " + id, busy);
        createMarkdown("---\ntitle: Draft " + id + "\ntags: [" + quiet + ", " + quiet + "-draft]\n---\n");
        List<String> byCount = anonymous().queryParam("sort", "-postCount").queryParam("size", 100).get("/api/tags")
                .then().statusCode(200).extract().path("items.slug");
        org.junit.jupiter.api.Assertions.assertTrue(byCount.indexOf(busy) >= 0);
        anonymous().get("/api/tags/" + quiet).then().body("postCount", equalTo(1));
        anonymous().get("/api/tags/" + quiet + "-draft").then().body("postCount", equalTo(0));
        anonymous().queryParam("size", 1).get("/api/tags").then().statusCode(200)
                .body("page.size", equalTo(1)).header("Link", containsString("rel=\"next\""));
        anonymous().queryParam("sort", "popularity").get("/api/tags").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        anonymous().queryParam("sort", "-postCount").queryParam("size", 100).get("/api/tags").then()
                .body("items.postCount", not(hasItem(-1)));
    }

    @Test
    void tagsThatCannotBeSluggedNeedAnExplicitSlug() {
        author().contentType(ContentType.JSON).body("{\"title\": \"CJK " + unique() + "\", \"tags\": [\"日本語\"]}")
                .post("/api/posts").then().statusCode(400).body("errors[0].field", equalTo("tags[0]"));
        String id = unique();
        author().contentType(ContentType.JSON)
                .body("{\"title\": \"CJK ok " + id + "\", \"tags\": [{\"slug\": \"nihongo-" + id + "\", \"name\": \"日本語\"}]}")
                .post("/api/posts").then().statusCode(201).body("tags[0].name", equalTo("日本語"));
    }
}
