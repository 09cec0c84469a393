package dev.mvpress.site;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * The site settings as data: configured defaults until the first write, a full round trip of non-ASCII text,
 * problems that name nested fields, admin-only writes, and feeds that follow the settings. Every test starts and
 * ends with DELETE /api/site, so the settings are the configured defaults before and after this class.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SiteSettingsTest {

    /** With its charset: REST Assured would send text of a type it does not know as ISO-8859-1. */
    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    static final String SETTINGS = """
            {"title": "Zoë's Notizen – ノート", "description": "Über .NET, Azure und Community; 日本語も少し",
             "language": "de-ch", "timeZone": "Europe/Zurich",
             "author": {"name": "Zoë Łukasiewicz",
                        "bio": "Microsoft MVP für .NET aus Zürich. マイクロソフト MVP、東京で登壇。\\nZweite Zeile.",
                        "avatar": {"url": "https://example.com/img/zoë.jpg", "alt": "Zoë am Rednerpult",
                                   "width": 400, "height": 400},
                        "url": "https://example.com/über-mich/",
                        "links": [{"label": "MVP-Profil", "url": "https://mvp.microsoft.com/de-de/MVP/profile/zoe"},
                                  {"label": "Sessionize", "url": "https://sessionize.com/zoe"}]},
             "navigation": [{"label": "Blog", "url": "/blog/"}, {"label": "Über mich", "url": "/über-mich/"},
                            {"label": "Vorträge", "url": "https://sessionize.com/zoe"}],
             "social": [{"network": "github", "url": "https://github.com/zoe", "handle": "zoe"},
                        {"network": "mastodon", "url": "https://hachyderm.io/@zoe", "handle": "@zoe@hachyderm.io"}]}""";

    @BeforeEach
    @AfterEach
    void backToTheConfiguredDefaults() {
        author().delete("/api/site").then().statusCode(204);
    }

    @Test
    void beforeAnyWriteTheSiteIsWhatTheConfigurationSays() {
        anonymous().get("/api/site").then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .header("Last-Modified", nullValue())
                .body("title", equalTo("MVPress"))
                .body("description", equalTo("A developer blog"))
                .body("language", equalTo("en"))
                .body("timeZone", equalTo("UTC"))
                .body("author.name", equalTo("The author"))
                .body("author.links", equalTo(List.of()))
                .body("navigation", equalTo(List.of()))
                .body("social", equalTo(List.of()))
                .body("url", equalTo("http://localhost:4321"))
                .body("updatedAt", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void aPutIsWhatEveryLaterGetAnswersNonAsciiIncluded() {
        Map<String, Object> written = author().contentType(ContentType.JSON).body(SETTINGS).put("/api/site")
                .then().statusCode(200)
                .body("language", equalTo("de-CH"))
                .body("version", equalTo(1))
                .extract().as(Map.class);
        String etag = anonymous().get("/api/site").then().statusCode(200)
                .header("Last-Modified", notNullValue())
                .body("title", equalTo("Zoë's Notizen – ノート"))
                .body("description", equalTo("Über .NET, Azure und Community; 日本語も少し"))
                .body("timeZone", equalTo("Europe/Zurich"))
                .body("author.name", equalTo("Zoë Łukasiewicz"))
                .body("author.bio", equalTo("Microsoft MVP für .NET aus Zürich. マイクロソフト MVP、東京で登壇。\nZweite Zeile."))
                .body("author.avatar.url", equalTo("https://example.com/img/zoë.jpg"))
                .body("author.avatar.width", equalTo(400))
                .body("author.links[1].label", equalTo("Sessionize"))
                .body("navigation.label", equalTo(List.of("Blog", "Über mich", "Vorträge")))
                .body("navigation[1].url", equalTo("/über-mich/"))
                .body("social.network", equalTo(List.of("github", "mastodon")))
                .body("social[1].handle", equalTo("@zoe@hachyderm.io"))
                .body("url", equalTo("http://localhost:4321"))
                .extract().header("ETag");
        assertEquals(written, anonymous().get("/api/site").then().extract().as(Map.class), "PUT answers what GET does");
        anonymous().header("If-None-Match", etag).get("/api/site").then().statusCode(304);

        // What GET answered goes back as it is (url, updatedAt and version are read-only): nothing changes.
        String fetched = anonymous().get("/api/site").then().extract().asString();
        author().contentType(ContentType.JSON).body(fetched).put("/api/site").then().statusCode(200)
                .body("version", equalTo(1));
        anonymous().get("/api/site").then().header("ETag", equalTo(etag));
    }

    @Test
    void problemsNameTheNestedFieldTheyAreAbout() {
        String body = """
                {"title": " ", "language": "english please", "timeZone": "Mars/Olympus_Mons",
                 "author": {"name": "Zoë", "avatar": {"url": "ftp://example.com/a.png", "width": -1},
                            "links": [{"label": "ok", "url": "https://example.com/"},
                                      {"label": "bad", "url": "javascript:alert(1)"}]},
                 "navigation": [{"label": "Elsewhere", "url": "//evil.example/"}, {"label": "", "url": "/fine/"}],
                 "social": [{"network": "Git Hub", "url": "https://github.com/zoe"}]}""";
        author().contentType(ContentType.JSON).body(body).put("/api/site").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "language", "timeZone", "author.avatar.url",
                        "author.avatar.width", "author.links[1].url", "navigation[0].url", "navigation[1].label",
                        "social[0].network"))
                .body("errors.field", not(hasItems("author.links[0].url")));
        author().contentType(ContentType.JSON).body("{\"title\": \"No author\"}").put("/api/site").then().statusCode(400)
                .body("errors.field", equalTo(List.of("author")));
        author().contentType(ContentType.JSON).body("{\"title\": \"T\", \"author\": {\"name\": \"A\", \"links\": \"x\"}}")
                .put("/api/site").then().statusCode(400).body("errors.field", hasItems("author.links"));
        // Nothing was written.
        anonymous().get("/api/site").then().body("title", equalTo("MVPress")).body("version", equalTo(0));
    }

    @Test
    void onlyAnAdminTokenWritesTheSettings() {
        anonymous().contentType(ContentType.JSON).body(SETTINGS).put("/api/site").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        for (String scope : List.of("posts:write", "contributions:write", "drafts:read")) {
            String token = Api.tokenWith(scope);
            Api.as(token).contentType(ContentType.JSON).body(SETTINGS).put("/api/site").then().statusCode(403);
            Api.as(token).contentType(MERGE_PATCH).body("{\"title\": \"Mine\"}").patch("/api/site")
                    .then().statusCode(403);
            Api.as(token).delete("/api/site").then().statusCode(403);
        }
        anonymous().contentType(MERGE_PATCH).body("{\"title\": \"Mine\"}").patch("/api/site")
                .then().statusCode(401);
        anonymous().get("/api/site").then().body("title", equalTo("MVPress"));
        Api.as(Api.tokenWith("admin")).contentType(ContentType.JSON).body(SETTINGS).put("/api/site").then().statusCode(200);
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesStartingFromTheDefaults() {
        author().contentType(MERGE_PATCH)
                .body("{\"author\": {\"bio\": \"Zoë schreibt über .NET. 日本語でも。\"}, \"language\": \"de-CH\"}")
                .patch("/api/site").then().statusCode(200)
                .body("title", equalTo("MVPress"))
                .body("author.name", equalTo("The author"))
                .body("author.bio", equalTo("Zoë schreibt über .NET. 日本語でも。"))
                .body("language", equalTo("de-CH"))
                .body("version", equalTo(1));
        author().contentType(ContentType.JSON).body("{\"author\": {\"bio\": null}, \"navigation\": [{\"label\": \"Über\","
                + " \"url\": \"/ueber/\"}]}").patch("/api/site").then().statusCode(200)
                .body("author.bio", nullValue())
                .body("language", equalTo("de-CH"))
                .body("navigation.url", equalTo(List.of("/ueber/")))
                .body("version", equalTo(2));
        author().contentType(MERGE_PATCH).body("{\"author\": {\"links\": [{\"label\": \"x\"}]}}")
                .patch("/api/site").then().statusCode(400).body("errors.field", hasItems("author.links[0].url"));
    }

    @Test
    void aStaleIfMatchWritesNothing() {
        String defaults = anonymous().get("/api/site").then().extract().header("ETag");
        author().header("If-Match", defaults).contentType(ContentType.JSON).body(SETTINGS).put("/api/site").then()
                .statusCode(200);
        author().header("If-Match", defaults).contentType(MERGE_PATCH).body("{\"title\": \"Lost\"}")
                .patch("/api/site").then().statusCode(412);
        author().header("If-Match", defaults).delete("/api/site").then().statusCode(412);
        String current = anonymous().get("/api/site").then().body("title", equalTo("Zoë's Notizen – ノート"))
                .extract().header("ETag");
        author().header("If-Match", current).contentType(MERGE_PATCH).body("{\"title\": \"Kept\"}")
                .patch("/api/site").then().statusCode(200).body("title", equalTo("Kept"));
    }

    @Test
    void feedsTakeTitleDescriptionLanguageAndAuthorFromTheSettings() throws Exception {
        Api.createPublished("Feed settings " + Api.unique());
        author().contentType(ContentType.JSON).body(SETTINGS).put("/api/site").then().statusCode(200);

        Element channel = (Element) xml(anonymous().get("/api/feed.xml").then().statusCode(200).extract().asByteArray())
                .getElementsByTagName("channel").item(0);
        assertEquals("Zoë's Notizen – ノート", text(channel, "title"));
        assertEquals("Über .NET, Azure und Community; 日本語も少し", text(channel, "description"));
        assertEquals("de-CH", text(channel, "language"));

        Element atom = xml(anonymous().get("/api/feed.atom").then().statusCode(200).extract().asByteArray());
        assertEquals("Zoë's Notizen – ノート", text(atom, "title"));
        assertEquals("Zoë Łukasiewicz", text((Element) atom.getElementsByTagName("author").item(0), "name"));
        Element entry = (Element) atom.getElementsByTagName("entry").item(0);
        assertEquals("Zoë Łukasiewicz", text((Element) entry.getElementsByTagName("author").item(0), "name"));

        anonymous().get("/api/feed.json").then().statusCode(200)
                .body("title", equalTo("Zoë's Notizen – ノート"))
                .body("description", equalTo("Über .NET, Azure und Community; 日本語も少し"))
                .body("language", equalTo("de-CH"))
                .body("authors[0].name", equalTo("Zoë Łukasiewicz"));

        // Back to the configured values once the settings are forgotten.
        author().delete("/api/site").then().statusCode(204);
        anonymous().get("/api/feed.json").then().body("title", equalTo("MVPress")).body("language", equalTo("en"))
                .body("authors[0].name", equalTo("The author"));
    }

    private static Element xml(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
    }

    private static String text(Element parent, String name) {
        for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
            if (parent.getChildNodes().item(i) instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
