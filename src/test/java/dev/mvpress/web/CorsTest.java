package dev.mvpress.web;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;

/** A browser app on any origin can read; the configured admin origin (test config) can also write. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class CorsTest {

    private static final String SITE = "https://blog.example.org";
    private static final String ADMIN = "https://admin.example.com";

    @Test
    void anyOriginCanReadAndSeeTheCachingHeaders() {
        anonymous().header("Origin", SITE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/posts").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(SITE))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
        anonymous().header("Origin", SITE).get("/api/posts").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(SITE))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void onlyTheConfiguredAdminOriginCanWrite() {
        anonymous().header("Origin", SITE).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/api/posts").then().statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue());
        anonymous().header("Origin", ADMIN).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .options("/api/posts/x").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(ADMIN))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        author().header("Origin", ADMIN).contentType(ContentType.JSON)
                .body("{\"title\": \"From the admin app " + unique() + "\"}")
                .post("/api/posts").then().statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo(ADMIN))
                .header("Access-Control-Expose-Headers", containsString("Location"));
        author().header("Origin", SITE).contentType(ContentType.JSON).body("{\"title\": \"x\"}")
                .post("/api/posts").then().header("Access-Control-Allow-Origin", nullValue());
    }

    /** Every Vary field of a response, failing unless they all come in one header. */
    private static List<String> varyFields(Response response) {
        List<String> headers = response.getHeaders().getValues("Vary");
        Assertions.assertEquals(1, headers.size(), "one Vary header: " + headers);
        return Arrays.stream(headers.get(0).split(",")).map(String::strip).toList();
    }

    @Test
    void cacheableReadsVaryOnOriginInOneVaryHeader() {
        String slug = Api.createPublished("Vary " + unique(), "Azure", "Entra ID");
        for (var request : List.<Supplier<RequestSpecification>>of(
                () -> anonymous(), () -> anonymous().header("Origin", SITE))) {
            var post = request.get().get("/api/posts/" + slug);
            post.then().statusCode(200);
            List<String> fields = varyFields(post);
            Assertions.assertTrue(fields.containsAll(List.of("Origin", "Accept")), fields.toString());
            Assertions.assertEquals(fields.size(), fields.stream().distinct().count(), fields.toString());
            var notModified = request.get().header("If-None-Match", post.header("ETag")).get("/api/posts/" + slug);
            notModified.then().statusCode(304);
            Assertions.assertTrue(varyFields(notModified).contains("Origin"));
            for (String path : List.of("/api/posts", "/api/tags", "/api/feed.xml", "/api/feed.json", "/api/sitemap.xml")) {
                var read = request.get().get(path);
                read.then().statusCode(200);
                Assertions.assertTrue(varyFields(read).contains("Origin"), path);
            }
        }
    }
}
