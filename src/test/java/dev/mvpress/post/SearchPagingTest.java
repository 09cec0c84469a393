package dev.mvpress.post;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;

/** Search results by relevance page the same by number and by cursor, ties included, and only show what the caller may see. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SearchPagingTest {

    private static String post(String title, String description, String body, String status, String publishedAt, String tag) {
        String json = """
                {"title": "%s", "description": %s, "markdown": "%s", "status": "%s", "publishedAt": %s, "tags": ["%s"]}"""
                .formatted(title, description == null ? "null" : "\"" + description + "\"", body, status,
                        publishedAt == null ? "null" : "\"" + publishedAt + "\"", tag);
        return author().contentType(ContentType.JSON).body(json).post("/api/posts").then().statusCode(201).extract()
                .path("slug");
    }

    @Test
    void relevancePagesByCursorAsByNumberThroughTiesAndLeavesOutDraftsAndScheduledPosts() {
        String word = "glühwein" + unique().replaceAll("[0-9]", "");
        String tag = "relevance-" + unique();
        List<String> visible = new ArrayList<>();
        // Five posts of the same rank (the word once in the body), and others above them.
        for (int i = 0; i < 5; i++) {
            visible.add(post("Tie " + i, null, "Winter notes: " + word + " in Zürich, part " + i + ".", "published",
                    "2022-12-%02dT10:00:00Z".formatted(1 + i), tag));
        }
        visible.add(post("Mulled " + word, "How to make " + word, "The " + word + " of Zürich.", "published",
                "2021-01-01T10:00:00Z", tag));
        visible.add(post("Recipes", "About " + word, "Spices.", "published", "2020-01-01T10:00:00Z", tag));
        visible.add(post("Twice", null, word + " and again " + word + ".", "published", "2019-01-01T10:00:00Z", tag));
        String draft = post("Draft " + word, null, word, "draft", null, tag);
        String scheduled = post("Scheduled " + word, null, word, "published",
                Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(), tag);

        List<String> numbered = anonymous().queryParam("q", word).queryParam("size", 100).get("/api/posts").then()
                .statusCode(200).body("page.totalItems", equalTo(8)).body("items", hasSize(8)).extract().path("items.slug");
        assertEquals(visible.get(5), numbered.get(0), "the title match first");
        assertEquals(new HashSet<>(visible), new HashSet<>(numbered));
        for (int size : new int[]{1, 2, 3}) {
            assertEquals(numbered, byCursor(Api::anonymous, word, size), "pages of " + size + " by cursor");
            List<String> byNumber = new ArrayList<>();
            for (int page = 1; page <= (8 + size - 1) / size; page++) {
                byNumber.addAll(anonymous().queryParam("q", word).queryParam("size", size).queryParam("page", page)
                        .get("/api/posts").then().statusCode(200).extract().path("items.slug"));
            }
            assertEquals(numbered, byNumber, "pages of " + size + " by number");
        }
        // With a tag filter, and for an author who sees every status: the draft and the scheduled post too.
        assertEquals(numbered, byCursor(() -> anonymous().queryParam("tag", tag), word, 3));
        List<String> all = byCursor(() -> author().queryParam("status", "any"), word, 4);
        assertEquals(10, all.size(), all.toString());
        assertEquals(numbered, all.stream().filter(slug -> !slug.equals(draft) && !slug.equals(scheduled)).toList());
    }

    private static List<String> byCursor(Supplier<RequestSpecification> request, String q, int size) {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification page = request.get().queryParam("q", q).queryParam("size", size);
            if (cursor != null) {
                page.queryParam("after", cursor);
            }
            ExtractableResponse<Response> answer = page.get("/api/posts").then().statusCode(200).extract();
            slugs.addAll(answer.path("items.slug"));
            cursor = answer.path("page.nextCursor");
        } while (cursor != null);
        return slugs;
    }
}
