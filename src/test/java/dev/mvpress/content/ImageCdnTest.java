package dev.mvpress.content;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dev.mvpress.support.EmbeddedPostgresResource;

/** With an image CDN configured, cover and social images carry a srcset of the configured widths, never upscaled. */
@QuarkusTest
@TestProfile(ImageCdnTest.Cloudinary.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ImageCdnTest {

    public static class Cloudinary implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mvpress.images.url-template", "https://res.cloudinary.com/demo/image/fetch/w_{width},f_auto/{url}",
                    "mvpress.images.widths", "960,480,1440");
        }
    }

    @Test
    void coverAndSocialImagesCarryASrcsetOfTheConfiguredWidthsUpToTheirOwn() {
        String id = unique();
        String slug = author().contentType(ContentType.JSON)
                .body("""
                        {"title": "Srcset %1$s", "status": "published", "tags": ["images-%1$s"],
                         "coverImage": {"url": "https://example.com/img/Zürich cover.png", "alt": "Zürich", "width": 1200, "height": 800},
                         "ogImage": {"url": "https://example.com/img/card.png?v=2&x=1"}}"""
                        .formatted(id))
                .post("/api/posts").then().statusCode(400).body("errors[0].field", equalTo("coverImage.url")).extract()
                .path("slug");
        slug = author().contentType(ContentType.JSON)
                .body("""
                        {"title": "Srcset %1$s", "status": "published", "tags": ["images-%1$s"],
                         "coverImage": {"url": "https://example.com/img/z%%C3%%BCrich.png", "alt": "Zürich", "width": 1200, "height": 800},
                         "ogImage": {"url": "https://example.com/img/card.png?v=2&x=1"}}"""
                        .formatted(id))
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        JsonPath post = anonymous().get("/api/posts/" + slug).then().statusCode(200).extract().jsonPath();
        String cover = "https%3A%2F%2Fexample.com%2Fimg%2Fz%25C3%25BCrich.png";
        assertEquals("https://res.cloudinary.com/demo/image/fetch/w_480,f_auto/" + cover + " 480w, "
                + "https://res.cloudinary.com/demo/image/fetch/w_960,f_auto/" + cover + " 960w",
                post.getString("coverImage.srcset"), "widths in order, none above the image's 1200");
        String card = "https%3A%2F%2Fexample.com%2Fimg%2Fcard.png%3Fv%3D2%26x%3D1";
        assertEquals("https://res.cloudinary.com/demo/image/fetch/w_480,f_auto/" + card + " 480w, "
                + "https://res.cloudinary.com/demo/image/fetch/w_960,f_auto/" + card + " 960w, "
                + "https://res.cloudinary.com/demo/image/fetch/w_1440,f_auto/" + card + " 1440w",
                post.getString("ogImage.srcset"), "an image of unknown width gets every width");
        assertEquals(post.getString("ogImage.srcset"), post.getString("seo.image.srcset"));
        anonymous().queryParam("tag", "images-" + id).get("/api/posts").then()
                .body("items[0].coverImage.srcset", equalTo(post.getString("coverImage.srcset")));
        // The srcset is read-only: sent back, it is ignored and nothing changes.
        String json = author().get("/api/posts/" + slug).then().extract().asString();
        author().contentType(ContentType.JSON).body(json).put("/api/posts/" + slug).then().statusCode(200)
                .body("version", equalTo(post.getInt("version")));
    }

    @Test
    void anImageNarrowerThanEveryWidthIsOfferedAtItsOwn() {
        String slug = author().contentType(ContentType.JSON).body("""
                {"title": "Small image %s", "coverImage": {"url": "https://example.com/img/icon.png", "width": 64}}"""
                .formatted(unique())).post("/api/posts").then().statusCode(201).extract().path("slug");
        author().get("/api/posts/" + slug).then().body("coverImage.srcset",
                equalTo("https://res.cloudinary.com/demo/image/fetch/w_64,f_auto/https%3A%2F%2Fexample.com%2Fimg%2Ficon.png 64w"));
    }
}
