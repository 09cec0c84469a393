package dev.mvpress.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request helpers shared by the HTTP tests. */
public final class Api {

    public static final String TOKEN = "test-token";
    public static final String MARKDOWN = "text/markdown";
    /** The preview secret of the test profile (application.properties), given to the packaged jar too. */
    public static final String PREVIEW_SECRET = "test-preview-secret-not-for-production-0123456789";

    private Api() {
    }

    public static RequestSpecification author() {
        return given().header("Authorization", "Bearer " + TOKEN);
    }

    public static RequestSpecification anonymous() {
        return given();
    }

    /** The secret of a new API token with these scopes, made by the admin token. */
    public static String tokenWith(String... scopes) {
        return author().contentType(ContentType.JSON).body("{\"name\": \"scoped " + unique() + "\", \"scopes\": [\""
                + String.join("\", \"", scopes) + "\"]}").post("/api/tokens").then().statusCode(201).extract().path("secret");
    }

    /** A request with this bearer token. */
    public static RequestSpecification as(String secret) {
        return given().header("Authorization", "Bearer " + secret);
    }

    /** A suffix that keeps this test's slugs and tags apart from every other test's. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String createMarkdown(String document) {
        return author().contentType(MARKDOWN).body(document).post("/api/posts")
                .then().statusCode(201).extract().path("slug");
    }

    public static String createPublished(String title, String... tags) {
        StringBuilder json = new StringBuilder("{\"title\": \"" + title + "\", \"markdown\": \"Body of " + title
                + "\", \"status\": \"published\", \"tags\": [");
        for (int i = 0; i < tags.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(tags[i]).append('"');
        }
        json.append("]}");
        return author().contentType(ContentType.JSON).body(json.toString()).post("/api/posts")
                .then().statusCode(201).extract().path("slug");
    }

    /** The token of a new preview link to the post at this slug, made by the admin token. */
    public static String previewToken(String slug) {
        return author().post("/api/posts/" + slug + "/preview-links").then().statusCode(201).extract().path("token");
    }
}
