package dev.mvpress.tag;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.createPublished;
import static dev.mvpress.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;

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
        author().contentType(ContentType.JSON)
                .body("{\"name\": \"Azure Functions " + id + "\", \"description\": \"Serverless\"}")
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
        assertTrue(byCount.indexOf(busy) >= 0);
        anonymous().get("/api/tags/" + quiet).then().body("postCount", equalTo(1));
        anonymous().get("/api/tags/" + quiet + "-draft").then().statusCode(404);
        author().get("/api/tags/" + quiet + "-draft").then().statusCode(200).body("postCount", equalTo(0));
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

    /** Every tag slug a caller can list, page by page. */
    private static List<String> allTagSlugs(Supplier<RequestSpecification> caller) {
        List<String> slugs = new ArrayList<>();
        for (int page = 1;; page++) {
            var json = caller.get().queryParam("size", 100).queryParam("page", page).get("/api/tags").then().statusCode(200)
                    .extract().jsonPath();
            slugs.addAll(json.getList("items.slug"));
            if (json.getList("items").size() < 100) {
                return slugs;
            }
        }
    }

    @Test
    void aTagNoPublishedPostCarriesDoesNotExistForReaders() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FixedTime clock = new FixedTime(start);
        QuarkusMock.installMockForType(clock, TimeSource.class);
        String id = unique();
        String draftOnly = "entwurf-" + id;
        String scheduledOnly = "geplant-" + id;
        String published = "veroeffentlicht-" + id;
        String unused = "unbenutzt-" + id;
        createMarkdown("---\ntitle: Nur Entwurf " + id + "\ntags: [" + draftOnly + ", " + published + "]\n---\nKörper 秘密");
        Instant at = start.plus(2, ChronoUnit.DAYS);
        author().contentType(ContentType.JSON).body("{\"title\": \"Geplant " + id + "\", \"status\": \"scheduled\","
                + " \"publishedAt\": \"" + at + "\", \"tags\": [\"" + scheduledOnly + "\", \"" + published + "\"]}")
                .post("/api/posts").then().statusCode(201);
        createPublished("Veröffentlicht " + id, published, "dotnet");
        author().contentType(ContentType.JSON).body("{\"slug\": \"" + unused + "\", \"name\": \"Unbenutzt\"}")
                .post("/api/tags").then().statusCode(201);
        String writer = (String) author().contentType(ContentType.JSON)
                .body("{\"name\": \"tags-" + id + "\", \"scopes\": [\"posts:write\"]}").post("/api/tokens").then()
                .statusCode(201).extract().path("secret");
        String reader = (String) author().contentType(ContentType.JSON)
                .body("{\"name\": \"tags-r-" + id + "\", \"scopes\": [\"drafts:read\"]}").post("/api/tokens").then()
                .statusCode(201).extract().path("secret");
        Supplier<RequestSpecification> asWriter =
                () -> given().header("Authorization", "Bearer " + writer);
        Supplier<RequestSpecification> asReader =
                () -> given().header("Authorization", "Bearer " + reader);

        for (var caller : List.<Supplier<RequestSpecification>>of(
                Api::anonymous, asWriter)) {
            List<String> listed = allTagSlugs(caller);
            assertTrue(listed.contains(published), "the published tag is listed");
            for (String hidden : List.of(draftOnly, scheduledOnly, unused)) {
                assertFalse(listed.contains(hidden), hidden + " is listed: " + listed);
                caller.get().get("/api/tags/" + hidden).then().statusCode(404).contentType("application/problem+json");
                caller.get().get("/api/feed.json?tag=" + hidden).then().statusCode(404);
                caller.get().get("/api/feed.xml?tag=" + hidden).then().statusCode(404);
                // Like a tag that does not exist: no posts.
                caller.get().queryParam("tag", hidden).get("/api/posts").then().statusCode(200)
                        .body("page.totalItems", equalTo(0));
            }
            int total = caller.get().get("/api/tags").then().extract().path("page.totalItems");
            assertEquals(listed.size(), total, "the count is of listed tags only");
            caller.get().get("/api/tags/" + published).then().statusCode(200).body("postCount", equalTo(1));
            caller.get().get("/api/feed.json?tag=" + published).then().statusCode(200);
        }
        List<String> all = allTagSlugs(asReader);
        assertTrue(all.containsAll(List.of(draftOnly, scheduledOnly, unused, published)));
        asReader.get().get("/api/tags/" + draftOnly).then().statusCode(200).body("postCount", equalTo(0));

        clock.advanceTo(at.plusSeconds(1));
        anonymous().get("/api/tags/" + scheduledOnly).then().statusCode(200).body("postCount", equalTo(1));
        anonymous().get("/api/feed.json?tag=" + scheduledOnly).then().statusCode(200);
        anonymous().get("/api/tags/" + draftOnly).then().statusCode(404);
    }
}
