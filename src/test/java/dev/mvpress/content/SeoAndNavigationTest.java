package dev.mvpress.content;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.as;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.tokenWith;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * What a post's page renders beyond its body, ready to use: SEO and social fields with their fallbacks resolved,
 * images with sizes, a table of contents, the previous and next posts, translations and schema.org JSON-LD.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SeoAndNavigationTest {

    @Inject
    EntityManagerFactory emf;

    static final String LONG_BODY = """
            ## Warum ein Feed?

            Podcasts brauchen RSS – *wirklich*. Ein Beispiel in C#:

            ```csharp
            var feed = new SyndicationFeed("Grüezi", "東京", new Uri("https://example.com"));
            ```

            ### Tabellen & Zeichen

            | Plattform | Format |
            | --- | --- |
            | Apple | RSS 2.0 |

            ![Latency](https://example.com/img/latency.png){width=800 height=450}

            ## Fazit
            """;

    @Test
    void seoFieldsFallBackToThePostsOwnAndTheResponseCarriesTheResolvedValues() {
        String id = unique();
        String plain = author().contentType(ContentType.JSON).body("""
                {"title": "Plain post %s", "markdown": "Only a body, no description.", "status": "published",
                 "tags": ["seo-%s", "dotnet-%s"],
                 "coverImage": {"url": "https://example.com/img/cover.png", "alt": "Ein Mikrofon", "width": 1600,
                                "height": 900, "caption": "Aufnahme in Zürich"}}""".formatted(id, id, id))
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        anonymous().get("/api/posts/" + plain).then().statusCode(200)
                .body("seo.title", equalTo("Plain post " + id))
                .body("seo.description", equalTo("Only a body, no description."))
                .body("seo.canonicalUrl", equalTo("http://localhost:4321/blog/" + plain + "/"))
                .body("seo.image.url", equalTo("https://example.com/img/cover.png"))
                .body("seo.image.width", equalTo(1600))
                .body("seo.image.caption", equalTo("Aufnahme in Zürich"))
                .body("seo.noindex", equalTo(false))
                .body("seo.type", equalTo("article"))
                .body("seo.locale", equalTo("en"))
                .body("coverImage.height", equalTo(900))
                .body("coverImage.srcset", equalTo(null))
                .body("metaTitle", equalTo(null))
                .body("ogImage", equalTo(null));

        String document = """
                ---
                title: Einen Podcast-Feed ausliefern %1$s
                description: Wie wir Folgen veröffentlichen
                meta_title: Podcast-Feeds mit statischen Seiten %1$s
                meta_description: Folgen, Enclosures und iTunes-Tags aus Markdown
                canonical_url: https://dev.to/zoe/podcast-feed-%1$s
                cover_image:
                  url: https://example.com/img/cover-%1$s.png
                  alt: Ein Mikrofon
                  width: 1600
                  height: 900
                  caption: Aufnahme in Zürich
                og_image:
                  url: https://example.com/img/card-%1$s.png
                  alt: Karte
                  width: 1200
                  height: 630
                noindex: true
                language: de-CH
                translationKey: feed-%1$s
                tags: [podcast-%1$s, rss-%1$s, dotnet-%1$s]
                status: published
                date: 1984-02-03
                ---
                """.formatted(id) + LONG_BODY;
        String slug =
                author().contentType(MARKDOWN + "; charset=UTF-8").body(document).post("/api/posts").then().statusCode(201)
                        .extract().path("slug");
        JsonPath post = anonymous().get("/api/posts/" + slug).then().statusCode(200).extract().jsonPath();
        assertEquals("Podcast-Feeds mit statischen Seiten " + id, post.getString("seo.title"));
        assertEquals("Folgen, Enclosures und iTunes-Tags aus Markdown", post.getString("seo.description"));
        assertEquals("https://dev.to/zoe/podcast-feed-" + id, post.getString("seo.canonicalUrl"));
        assertEquals("https://example.com/img/card-" + id + ".png", post.getString("seo.image.url"));
        assertEquals(630, post.getInt("seo.image.height"));
        assertTrue(post.getBoolean("seo.noindex"));
        assertEquals("de_CH", post.getString("seo.locale"));
        assertEquals("de-CH", post.getString("language"));
        assertEquals("Aufnahme in Zürich", post.getString("coverImage.caption"));

        // The table of contents matches the ids in the html; body images keep their size and load lazily.
        var html = Jsoup.parse(post.getString("html"));
        List<Map<String, Object>> toc = post.getList("toc");
        assertEquals(List.of("Warum ein Feed?", "Tabellen & Zeichen", "Fazit"), toc.stream().map(h -> h.get("text")).toList());
        assertEquals(List.of(2, 3, 2), toc.stream().map(h -> h.get("level")).toList());
        for (Map<String, Object> heading : toc) {
            assertNotNull(html.getElementById((String) heading.get("id")), "no element with id " + heading.get("id"));
        }
        assertEquals("800", html.selectFirst("img").attr("width"));
        assertEquals("lazy", html.selectFirst("img").attr("loading"));

        // The noindex post stays out of the sitemap; the plain one is in it.
        anonymous().get("/api/sitemap.xml").then().body(not(containsString(slug))).body(containsString(plain));

        // Every key round-trips through the markdown form: written back, nothing changes.
        String markdown = author().accept(MARKDOWN).get("/api/posts/" + slug).then().statusCode(200)
                .body(containsString("metaTitle:")).body(containsString("ogImage:")).body(containsString("noindex: true"))
                .body(containsString("translationKey: feed-" + id)).extract().asString();
        int version = post.getInt("version");
        author().contentType(MARKDOWN + "; charset=UTF-8").body(markdown).put("/api/posts/" + slug).then().statusCode(200)
                .body("version", equalTo(version));
        // ...and through the JSON form.
        String json = author().get("/api/posts/" + slug).then().extract().asString();
        author().contentType(ContentType.JSON).body(json).put("/api/posts/" + slug).then().statusCode(200)
                .body("version", equalTo(version));
        // A post in the site's language is stored without one: written back as read, it is unchanged too.
        String english = author().get("/api/posts/" + plain).then().body("language", equalTo("en")).extract().asString();
        int plainVersion = JsonPath.from(english).getInt("version");
        author().contentType(ContentType.JSON).body(english).put("/api/posts/" + plain).then().statusCode(200)
                .body("version", equalTo(plainVersion));
    }

    @Test
    void theKeysOtherGeneratorsUseAreUnderstood() {
        String id = unique();
        String hugo = author().contentType(MARKDOWN + "; charset=UTF-8").body("""
                ---
                title: Hugo post %1$s
                images: [https://example.com/img/hugo-%1$s.png, https://example.com/img/second.png]
                lang: fr
                translation_key: hugo-%1$s
                canonicalURL: https://example.com/canonical-%1$s
                ---
                Bonjour.
                """.formatted(id)).post("/api/posts").then().statusCode(201).extract().path("slug");
        author().get("/api/posts/" + hugo).then().statusCode(200)
                .body("ogImage.url", equalTo("https://example.com/img/hugo-" + id + ".png"))
                .body("language", equalTo("fr"))
                .body("translationKey", equalTo("hugo-" + id))
                .body("canonicalUrl", equalTo("https://example.com/canonical-" + id));
        String devto = author().contentType(MARKDOWN + "; charset=UTF-8").body("""
                ---
                title: dev.to post %1$s
                cover_image: https://example.com/img/devto-%1$s.png
                social_image: https://example.com/img/social-%1$s.png
                ---
                Hello.
                """.formatted(id)).post("/api/posts").then().statusCode(201).extract().path("slug");
        author().get("/api/posts/" + devto).then().statusCode(200)
                .body("coverImage.url", equalTo("https://example.com/img/devto-" + id + ".png"))
                .body("ogImage.url", equalTo("https://example.com/img/social-" + id + ".png"))
                .body("seo.image.url", equalTo("https://example.com/img/social-" + id + ".png"));

        author().contentType(MARKDOWN + "; charset=UTF-8")
                .body("---\ntitle: Bad size\ncover_image:\n  url: https://example.com/a.png\n  width: wide\n---\n")
                .post("/api/posts").then().statusCode(400).body("errors[0].field", equalTo("cover_image.width"));
        author().contentType(ContentType.JSON)
                .body("{\"title\": \"Bad size\", \"ogImage\": {\"url\": \"https://example.com/a.png\","
                        + " \"width\": 0}}")
                .post("/api/posts").then().statusCode(400).body("errors[0].field", equalTo("ogImage.width"));
        author().contentType(ContentType.JSON).body("{\"title\": \"Bad language\", \"language\": \"english please\"}")
                .post("/api/posts").then().statusCode(400).body("errors[0].field", equalTo("language"));
        author().contentType(MARKDOWN + "; charset=UTF-8").body("---\ntitle: Typo\nmeta_titel: x\n---\n").post("/api/posts")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("meta_titel"));
    }

    @Test
    void previousAndNextArePublishedPostsByPublicationDate() {
        String id = unique();
        String first = publish("First " + id, "1981-01-10T09:00:00Z", null);
        String second = publish("Second " + id, "1981-01-11T09:00:00Z", null);
        // A draft and a page between them, and a post scheduled long after: none of them is a neighbour.
        author().contentType(ContentType.JSON)
                .body("{\"title\": \"Draft " + id + "\", \"publishedAt\": \"1981-01-11T12:00:00Z\"}")
                .post("/api/posts").then().statusCode(201);
        author().contentType(ContentType.JSON).body("{\"title\": \"Page " + id + "\", \"status\": \"published\","
                + " \"publishedAt\": \"1981-01-11T13:00:00Z\"}").post("/api/pages").then().statusCode(201);
        String third = publish("Third " + id, "1981-01-12T09:00:00Z", null);

        anonymous().get("/api/posts/" + second).then().statusCode(200)
                .body("previous.slug", equalTo(first))
                .body("previous.title", equalTo("First " + id))
                .body("previous.url", equalTo("http://localhost:4321/blog/" + first + "/"))
                .body("next.slug", equalTo(third))
                .body("next.publishedAt", equalTo("1981-01-12T09:00:00Z"));
        anonymous().get("/api/posts/" + third).then().body("previous.slug", equalTo(second));
        as(tokenWith("drafts:read")).get("/api/posts/" + second).then().body("next.slug", equalTo(third));
        // Lists carry no neighbours: they would cost a statement per item.
        List<Object> previous = anonymous().queryParam("size", 5).get("/api/posts").then().extract().path("items.previous");
        assertFalse(previous.stream().anyMatch(p -> p != null));
    }

    @Test
    void translationsLinkToEachOtherBothWaysAndListsFilterByLanguage() {
        String id = unique();
        String key = "podcast-" + id;
        String en = publish("Shipping a podcast feed " + id, "1982-05-01T09:00:00Z", "\"translationKey\": \"" + key + "\"");
        String de = publish("Einen Podcast-Feed ausliefern " + id, "1982-05-02T09:00:00Z",
                "\"translationKey\": \"" + key + "\", \"language\": \"de\"");
        String fr = author().contentType(ContentType.JSON).body("{\"title\": \"Livrer un flux " + id + "\","
                + " \"translationKey\": \"" + key + "\", \"language\": \"fr\"}").post("/api/posts").then().statusCode(201)
                .extract().path("slug");

        anonymous().get("/api/posts/" + en).then().statusCode(200)
                .body("language", equalTo("en"))
                .body("translations.slug", equalTo(List.of(de)))
                .body("translations[0].language", equalTo("de"))
                .body("translations[0].url", equalTo("http://localhost:4321/blog/" + de + "/"));
        anonymous().get("/api/posts/" + de).then().statusCode(200)
                .body("translations.slug", equalTo(List.of(en)))
                .body("translations[0].language", equalTo("en"));
        as(tokenWith("drafts:read")).get("/api/posts/" + en).then()
                .body("translations.slug", equalTo(List.of(de, fr)));

        anonymous().queryParam("lang", "de").queryParam("size", 100).get("/api/posts").then().statusCode(200)
                .body("items.slug", hasItem(de)).body("items.slug", not(hasItem(en)))
                .body("items.language", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("de")));
        anonymous().queryParam("lang", "en").queryParam("q", "podcast " + id).get("/api/posts").then().statusCode(200)
                .body("items.slug", equalTo(List.of(en)));
        anonymous().queryParam("lang", "not a language").get("/api/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("lang"));

        String sitemap = anonymous().get("/api/sitemap.xml").then().statusCode(200).extract().asString();
        assertTrue(sitemap.contains("hreflang=\"de\" href=\"http://localhost:4321/blog/" + de + "/\""), sitemap);
        assertTrue(sitemap.contains("hreflang=\"en\" href=\"http://localhost:4321/blog/" + en + "/\""), sitemap);
        assertFalse(sitemap.contains(fr), "a draft translation is not an alternate");
    }

    @Test
    void jsonLdHasWhatGooglesArticleRichResultReads() {
        String id = unique();
        String title = "A very long title about shipping podcast feeds with static sites, Azure Functions and .NET "
                + "minimal APIs in Zürich " + id;
        String slug = publish(title, "1984-03-03T10:00:00Z", "\"tags\": [\"podcast-" + id + "\", \".NET " + id + "\"],"
                + " \"coverImage\": {\"url\": \"https://example.com/img/ld-" + id + ".png\", \"alt\": \"x\"}");
        Map<String, Object> ld = anonymous().get("/api/posts/" + slug).then().statusCode(200).extract().path("jsonLd");
        assertEquals("https://schema.org", ld.get("@context"));
        assertEquals("BlogPosting", ld.get("@type"));
        String headline = (String) ld.get("headline");
        assertTrue(headline.length() <= 110, headline);
        assertTrue(title.startsWith(headline.substring(0, headline.length() - 1)), headline);
        @SuppressWarnings("unchecked")
        List<String> images = (List<String>) ld.get("image");
        assertEquals(List.of("https://example.com/img/ld-" + id + ".png"), images);
        images.forEach(url -> assertTrue(URI.create(url).isAbsolute()));
        OffsetDateTime.parse((String) ld.get("datePublished"));
        OffsetDateTime.parse((String) ld.get("dateModified"));
        @SuppressWarnings("unchecked")
        Map<String, Object> author = (Map<String, Object>) ld.get("author");
        assertEquals("Person", author.get("@type"));
        assertFalse(((String) author.get("name")).isBlank());
        assertTrue(URI.create((String) author.get("url")).isAbsolute());
        assertEquals("podcast-" + id + ", .NET " + id, ld.get("keywords"));
        assertEquals("en", ld.get("inLanguage"));
        assertEquals("http://localhost:4321/blog/" + slug + "/", ld.get("url"));
    }

    @Test
    void aSingleReadIsAFixedNumberOfStatements() {
        String id = unique();
        String slug = publish("Counted read " + id, "1983-02-02T09:00:00Z", "\"translationKey\": \"counted-" + id + "\"");
        String german = publish("Counted read, de " + id, "1983-02-03T09:00:00Z", "\"translationKey\": \"counted-" + id
                + "\", \"language\": \"de\"");
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        anonymous().get("/api/posts/" + slug).then().statusCode(200);
        stats.clear();
        anonymous().get("/api/posts/" + slug).then().statusCode(200).body("translations.size()", equalTo(1))
                .body("translations[0].slug", equalTo(german)).body("next.slug", equalTo(german))
                .body("jsonLd.inLanguage", equalTo("en"));
        // The post with its tags, its neighbours and translations, and the site's settings: one statement.
        assertEquals(1, stats.getPrepareStatementCount());
        stats.clear();
        anonymous().get("/api/posts/" + german).then().statusCode(200).body("previous.slug", equalTo(slug))
                .body("translations[0].slug", equalTo(slug)).body("translations[0].language", equalTo("en"));
        assertEquals(1, stats.getPrepareStatementCount());
    }

    @Test
    void thePostPageTakesTheStoredSiteSettingsFromItsOneStatement() {
        String id = unique();
        String slug = publish("Site in the read " + id, "1983-03-02T09:00:00Z", null);
        author().contentType(ContentType.JSON).body("""
                {"title": "Zoë's Notizen – ノート", "language": "de-CH", "timeZone": "Europe/Zurich",
                 "author": {"name": "Zoë Łukasiewicz", "url": "https://example.com/über-mich/"}}""")
                .put("/api/site").then().statusCode(200);
        try {
            Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
            stats.clear();
            // A post without a language of its own is in the site's; the JSON-LD names the site's author.
            anonymous().get("/api/posts/" + slug).then().statusCode(200).body("language", equalTo("de-CH"))
                    .body("seo.locale", equalTo("de_CH")).body("jsonLd.inLanguage", equalTo("de-CH"))
                    .body("jsonLd.author.name", equalTo("Zoë Łukasiewicz"))
                    .body("jsonLd.publisher.name", equalTo("Zoë Łukasiewicz"))
                    .body("jsonLd.isPartOf.name", equalTo("Zoë's Notizen – ノート"));
            assertEquals(1, stats.getPrepareStatementCount());
        } finally {
            author().delete("/api/site").then().statusCode(204);
        }
        anonymous().get("/api/posts/" + slug).then().statusCode(200).body("language", equalTo("en"))
                .body("jsonLd.publisher.name", not(equalTo("Zoë Łukasiewicz")));
    }

    /** A published post at this time, with more JSON fields when given. */
    static String publish(String title, String at, String more) {
        return author().contentType(ContentType.JSON).body("{\"title\": \"" + title + "\", \"status\": \"published\","
                + " \"publishedAt\": \"" + at + "\", \"markdown\": \"Body of " + title + "\""
                + (more == null ? "" : ", " + more) + "}").post("/api/posts").then().statusCode(201).extract().path("slug");
    }
}
