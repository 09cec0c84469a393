package dev.mvpress.web;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * Input is refused, not coerced: characters a feed cannot carry, URLs that are markup, wrong JSON
 * types, duplicate keys, invalid UTF-8, dates PostgreSQL would store wrong, unknown query parameters
 * and front-matter typos are each a 400 problem naming the field, all of one request's mistakes at once.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class StrictInputTest {

    private static final String LONG_BODY = """
            ## Pourquoi devenir MVP ?

            Le programme **Microsoft MVP** récompense le partage : articles, conférences, 开源项目, مجتمع.

            - Écrire régulièrement 🚀
            - Parler en meetup
              - puis en conférence

            ```csharp
            var app = WebApplication.Create(args);
            app.MapGet("/", () => "Hello");
            ```

            | Année | Articles |
            |-------|----------|
            | 2024  | 12       |
            """.repeat(20);

    private static ValidatableResponse invalid(ValidatableResponse response) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body(not(containsString("Exception")))
                .body(not(containsString("dev.mvpress")))
                .body(not(containsString("java.")));
    }

    private static String json(Map<String, ?> fields) {
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String createTag(String slug, String name) {
        return author().contentType(ContentType.JSON).body(json(Map.of("slug", slug, "name", name)))
                .post("/api/tags").then().statusCode(201).extract().path("slug");
    }

    private static String contribution(String extra) {
        return """
                {"type": "podcast", "title": "Minimal APIs in .NET 9", "date": "2026-03-14", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"]%s}""".formatted(extra);
    }

    // ---- 2. characters XML cannot carry --------------------------------------------------------

    @Test
    void controlCharactersInTitlesNamesAndUrlsAreRefusedNamingTheField() {
        invalid(author().contentType(ContentType.JSON)
                .body(json(Map.of("title", "Vertical\u000btab", "description", "Bell \u0007 here",
                        "tags", List.of("azure", "a\u0001"), "coverImage", Map.of("url", "https://example.com/c.png",
                                "alt", "nul\u001fchar"))))
                .post("/api/posts").then())
                .body("errors.field", hasItems("title", "description", "tags[1].name", "coverImage.alt"))
                .body("errors.find { it.field == 'title' }.message", containsString("U+000B"));
        invalid(author().contentType(ContentType.JSON).body("{\"title\": \"Non-character \\uFFFE\"}").post("/api/posts").then())
                .body("errors.field", hasItem("title"));
    }

    @Test
    void aTagRenamedToAControlCharacterIsA400AndTheTagIsUnchanged() {
        String slug = createTag("ctl-" + unique(), "Contrôle");
        invalid(author().contentType(MergePatch.MEDIA_TYPE).body("{\"name\": \"a\\u0001\"}").patch("/api/tags/" + slug).then())
                .body("errors[0].field", equalTo("name"));
        invalid(author().contentType(ContentType.JSON).body("{\"name\": \"ok\", \"description\": \"tab\\u0008\"}")
                .put("/api/tags/" + slug).then())
                .body("errors[0].field", equalTo("description"));
        author().get("/api/tags/" + slug).then().statusCode(200).body("name", equalTo("Contrôle"));
    }

    @Test
    void aPatchCannotSmuggleAControlCharacterIntoATitle() {
        String slug = createMarkdown("---\ntitle: Patched " + unique() + "\n---\n" + LONG_BODY);
        invalid(author().contentType(MergePatch.MEDIA_TYPE).body("{\"title\": \"x\\u000by\"}").patch("/api/posts/" + slug)
                .then())
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void frontMatterWithAControlCharacterInTheTitleIsA400() {
        invalid(author().contentType(MARKDOWN).body("---\ntitle: \"Vertical\\vtab\"\n---\nBody").post("/api/posts").then())
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void controlCharactersInABodyAreStrippedAndTheFeedsStayValidXml() throws Exception {
        String suffix = unique();
        String title = "Corps libre " + suffix;
        String body = LONG_BODY + "\nPasted from Word:\u000b here \u0007 and \uFFFE there.\n";
        String slug = author().contentType(ContentType.JSON)
                .body(json(Map.of("title", title, "markdown", body, "status", "published",
                        "tags", List.of("xml-" + suffix, "feeds", "Français"))))
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String stored = anonymous().queryParam("include", "markdown").get("/api/posts/" + slug).then().statusCode(200)
                .extract().path("markdown");
        assertTrue(stored.contains("Pasted from Word: here  and  there."), stored);
        assertTrue(stored.contains("開源項目") || stored.contains("开源项目"));

        String markdownSlug =
                createMarkdown("---\ntitle: Markdown " + unique() + "\nstatus: published\ntags: [xml, .NET]\n---\n"
                        + "Vertical\u000btab and bell\u0007.\n" + LONG_BODY);
        String storedMarkdown = anonymous().queryParam("include", "markdown").get("/api/posts/" + markdownSlug).then()
                .statusCode(200).extract().path("markdown");
        assertTrue(storedMarkdown.startsWith("Verticaltab and bell."), storedMarkdown);

        // The feed of this post's own tag, so that only this test's content is in it.
        for (String feed : List.of("/api/feed.xml?tag=xml-" + suffix, "/api/feed.atom?tag=xml-" + suffix)) {
            String xml = anonymous().get(feed).then().statusCode(200).extract().asString();
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            assertTrue(xml.contains(title), feed);
        }
    }

    @Test
    void contributionTokenAndCatalogTextRefusesControlCharacters() {
        invalid(author().contentType(ContentType.JSON)
                .body(contribution(", \"description\": \"a\\u0002\", \"privateDescription\": \"b\\u0003\""))
                .post("/api/contributions").then())
                .body("errors.field", hasItems("description", "privateDescription"));
        invalid(author().contentType(ContentType.JSON).body("{\"name\": \"sync\\u001b[31m\", \"scopes\": [\"posts:write\"]}")
                .post("/api/tokens").then())
                .body("errors[0].field", equalTo("name"));
        invalid(author().contentType(ContentType.JSON).body("{\"name\": \"Azure\\u0000\\u0001\", \"awardCategory\": \"Azure\"}")
                .put("/api/technology-areas/azure-ctl-" + unique()).then());
        invalid(author().contentType(ContentType.JSON).body("{\"name\": \"Azure\\u0001\", \"awardCategory\": \"Azure\"}")
                .put("/api/technology-areas/azure-ctl-" + unique()).then())
                .body("errors[0].field", equalTo("name"));
    }

    // ---- 8. URLs ------------------------------------------------------------------------------

    @Test
    void urlFieldsAcceptOnlyAbsoluteHttpUrlsWithoutMarkup() {
        for (String url : List.of("https://x.example/\"><script>alert(1)</script>", "/\"onerror=\"alert(1)",
                "//evil.example/a.png",
                "javascript:alert(1)", "https://x.example/a b", "https://x.example\\@evil.example/", "http://", "https:///path",
                "https://x.example/<img>", "ftp://x.example/a")) {
            invalid(author().contentType(ContentType.JSON).body(json(Map.of("title", "URL " + unique(), "canonicalUrl", url,
                    "coverImage", Map.of("url", url)))).post("/api/posts").then())
                    .body("errors.field", hasItems("canonicalUrl", "coverImage.url"));
            invalid(author().contentType(ContentType.JSON).body(contribution(", \"url\": " + json(Map.of("u", url)).substring(5,
                    json(Map.of("u", url)).length() - 1))).post("/api/contributions").then())
                    .body("errors.field", hasItem("url"));
        }
        for (String key : List.of("canonical_url", "cover_image", "image")) {
            invalid(author().contentType(MARKDOWN)
                    .body("---\ntitle: Front " + unique() + "\n" + key + ": \"//evil.example/a.png\"\n---\nx")
                    .post("/api/posts").then())
                    .body("errors[0].field", startsWith(key.startsWith("canon") ? "canonicalUrl" : "coverImage"));
        }
        author().contentType(ContentType.JSON).body(json(Map.of("title", "Bonnes URL " + unique(),
                "canonicalUrl", "https://dev.to/moi/café-et-ünïcode?lang=fr&x=1#part",
                "coverImage", Map.of("url", "http://cdn.example.com:8080/images/cover.png", "alt", "Une tasse ☕"))))
                .post("/api/posts").then().statusCode(201)
                .body("canonicalUrl", equalTo("https://dev.to/moi/café-et-ünïcode?lang=fr&x=1#part"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentStatesTheUrlRule() {
        Map<String, Object> doc = anonymous().accept("application/json").get("/q/openapi?format=json").as(Map.class);
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        for (String[] field : new String[][]{{"PostInput", "canonicalUrl"}, {"ImageInput", "url"},
                {"ContributionInput", "url"}}) {
            Map<String, Object> property =
                    (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) schemas.get(field[0]))
                            .get("properties")).get(field[1]);
            assertTrue(String.valueOf(property.get("description")).contains("absolute http(s) URL"), field[0] + "." + field[1]);
            assertEquals(HttpUrl.PATTERN, property.get("pattern"), field[0] + "." + field[1]);
        }
    }

    // ---- 9. coercion, encoding, duplicates, dates ------------------------------------------------

    @Test
    void invalidUtf8IsRefusedInJsonAndMarkdown() {
        byte[] prefix = "{\"title\": \"Caf".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.writeBytes(prefix);
        json.write(0xE9); // Latin-1 é, not UTF-8
        json.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        invalid(author().contentType("application/json").body(json.toByteArray()).post("/api/posts").then())
                .body("detail", containsString("UTF-8"));
        ByteArrayOutputStream markdown = new ByteArrayOutputStream();
        markdown.writeBytes("---\ntitle: Caf".getBytes(StandardCharsets.UTF_8));
        markdown.write(0xC3);
        markdown.write(0x28);
        markdown.writeBytes("\n---\nBody".getBytes(StandardCharsets.UTF_8));
        invalid(author().contentType(MARKDOWN + "; charset=UTF-8").body(markdown.toByteArray()).post("/api/posts").then())
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void aLoneSurrogateIsRefused() {
        invalid(author().contentType(ContentType.JSON).body("{\"title\": \"half \\ud800 emoji\"}").post("/api/posts").then())
                .body("errors[0].field", equalTo("title"));
        invalid(author().contentType(ContentType.JSON).body("{\"title\": \"ok\", \"markdown\": \"body \\udc00\"}")
                .post("/api/posts").then())
                .body("errors[0].field", equalTo("markdown"));
        // A pair is a character: emoji pass.
        author().contentType(ContentType.JSON).body("{\"title\": \"Emoji \\ud83d\\ude80 " + unique() + "\"}").post("/api/posts")
                .then().statusCode(201).body("title", startsWith("Emoji 🚀"));
    }

    @Test
    void scalarsAreNotCoerced() {
        invalid(author().contentType(ContentType.JSON).body("{\"title\": 123}").post("/api/posts").then())
                .body("errors[0].field", equalTo("title")).body("errors[0].message", equalTo("must be a string"));
        invalid(author().contentType(ContentType.JSON).body(contribution(", \"quantity\": 1.5")).post("/api/contributions")
                .then())
                .body("errors[0].field", equalTo("quantity"));
        invalid(author().contentType(ContentType.JSON).body(contribution(", \"quantity\": \"1\"")).post("/api/contributions")
                .then())
                .body("errors[0].field", equalTo("quantity"));
        invalid(author().contentType(ContentType.JSON).body(contribution(", \"private\": \"true\"")).post("/api/contributions")
                .then())
                .body("errors[0].field", equalTo("private"));
        invalid(author().contentType(ContentType.JSON).body(contribution(", \"private\": 1")).post("/api/contributions").then())
                .body("errors[0].field", equalTo("private"));
        author().contentType(ContentType.JSON).body(contribution(", \"quantity\": 2, \"reach\": 300, \"private\": false"))
                .post("/api/contributions").then().statusCode(201).body("quantity", equalTo(2));
    }

    @Test
    void duplicateJsonKeysAreRefused() {
        invalid(author().contentType(ContentType.JSON).body("{\"title\": \"first\", \"title\": \"second\"}").post("/api/posts")
                .then())
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("more than once"));
        invalid(author().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"coverImage\": {\"url\": \"https://a.example/x.png\", \"url\": \"https://b.example/y.png\"}}")
                .post("/api/posts").then())
                .body("errors[0].field", equalTo("coverImage.url"));
        String slug = createTag("dup-" + unique(), "Duplicate");
        invalid(author().contentType(MergePatch.MEDIA_TYPE).body("{\"name\": \"a\", \"name\": \"b\"}")
                .patch("/api/tags/" + slug).then())
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void datesOutsideTheYears1900To9999AreRefused() {
        for (String instant : List.of("0000-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "+10000-01-01T00:00:00Z")) {
            invalid(author().contentType(ContentType.JSON)
                    .body(json(Map.of("title", "Date " + unique(), "publishedAt", instant)))
                    .post("/api/posts").then())
                    .body("errors[0].field", equalTo("publishedAt"))
                    .body("errors[0].message", containsString("1900"));
        }
        invalid(author().contentType(MARKDOWN).body("---\ntitle: Ancient\ndate: 0000-01-01\n---\nBody").post("/api/posts")
                .then())
                .body("errors[0].field", equalTo("date"));
        invalid(author().contentType(MARKDOWN).body("---\ntitle: Far\npublished_at: 99999-01-01T00:00:00Z\n---\nBody")
                .post("/api/posts").then())
                .body("errors[0].field", equalTo("published_at"));
        invalid(author().contentType(ContentType.JSON).body(contribution("").replace("2026-03-14", "0000-01-01"))
                .post("/api/contributions").then())
                .body("errors.field", hasItem("date"));
        invalid(author().contentType(ContentType.JSON).body(contribution(", \"endDate\": \"+99999-01-01\""))
                .post("/api/contributions").then())
                .body("errors.field", hasItem("endDate"));
        invalid(anonymous().get("/api/posts?from=0000-01-01").then()).body("errors[0].field", equalTo("from"));
        invalid(anonymous().get("/api/contributions?to=1850-01-01").then()).body("errors[0].field", equalTo("to"));
        invalid(anonymous().get("/api/contributions?year=0").then()).body("errors[0].field", equalTo("year"));
        author().contentType(ContentType.JSON)
                .body(json(Map.of("title", "Edge " + unique(), "publishedAt", "1900-01-01T00:00:00Z")))
                .post("/api/posts").then().statusCode(201).body("publishedAt", startsWith("1900-01-01"));
    }

    // ---- 10. problems in the user's words, every field at once ----------------------------------

    @Test
    void anUnknownEnumValueListsTheAllowedValues() {
        invalid(author().contentType(ContentType.JSON).body(contribution("").replace("[\"developer\"]", "[\"developers\"]"))
                .post("/api/contributions").then())
                .body("errors[0].field", equalTo("targetAudiences[0]"))
                .body("errors[0].message", containsString("developer, it-pro, technical-decision-maker"))
                .body(not(containsString("Cannot construct")));
        invalid(author().contentType(ContentType.JSON).body("{\"title\": \"t\", \"status\": \"live\"}").post("/api/posts")
                .then())
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("draft, scheduled, published"));
        invalid(author().contentType(ContentType.JSON).body("{\"name\": \"n\", \"scopes\": [\"everything\"]}")
                .post("/api/tokens").then())
                .body("errors[0].field", equalTo("scopes[0]"))
                .body("errors[0].message", containsString("posts:write"));
    }

    @Test
    void oneRequestReportsEveryFieldError() {
        invalid(author().contentType(ContentType.JSON)
                .body(json(Map.of("title", "  ", "description", "d".repeat(1001), "publishedAt", true,
                        "canonicalUrl", "//evil.example/", "tags", List.of("ok", 42, Map.of("slug", "Not A Slug")))))
                .post("/api/posts").then())
                .body("errors.field", hasItems("title", "description", "publishedAt", "canonicalUrl", "tags[1]"));
        invalid(author().contentType(ContentType.JSON)
                .body("{\"type\": \"podcast\", \"title\": \"\", \"date\": \"2026-13-45\", \"technologyArea\": \"dotnet\","
                        + " \"targetAudiences\": [\"nobody\"], \"quantity\": \"many\", \"url\": \"/relative\"}")
                .post("/api/contributions").then())
                .body("errors.field", hasItems("title", "date", "targetAudiences[0]", "quantity", "url"));
    }

    @Test
    void aLongUrlIsA414Problem() {
        anonymous().get("/api/posts/" + "a".repeat(5000)).then().statusCode(404).contentType("application/problem+json");
        anonymous().get("/api/posts?q=" + "b".repeat(9000)).then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414)).body("detail", containsString("8192"));
    }

    @Test
    void anInvalidHostHeaderIsA400Problem() {
        for (String host : List.of("exa mple.com", "[::1", "example.com:port", "a/b", "evil.example\"><")) {
            anonymous().header("Host", host).get("/api/posts").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("Host"));
        }
    }

    // ---- 11. silent mistakes --------------------------------------------------------------------

    @Test
    void unknownQueryParametersAreRefusedWithTheClosestKnownOne() {
        invalid(anonymous().get("/api/posts?tags=dotnet").then())
                .body("errors[0].field", equalTo("tags"))
                .body("errors[0].message", containsString("did you mean 'tag'?"));
        invalid(anonymous().get("/api/contributions?yaer=2019").then())
                .body("errors[0].field", equalTo("yaer"))
                .body("errors[0].message", containsString("did you mean 'year'?"));
        invalid(anonymous().get("/api/tags?pgae=2&zzz=1").then())
                .body("errors.field", hasItems("pgae", "zzz"));
        invalid(anonymous().get("/api/feed.xml?tga=x").then()).body("errors[0].message", containsString("'tag'"));
        anonymous().get("/api/posts?tag=dotnet&page=1&size=5&sort=-publishedAt").then().statusCode(200);
    }

    @Test
    void markdownWithoutFrontMatterSaysSo() {
        invalid(author().contentType(MARKDOWN).body("# Just a heading\n\nNo front matter here.").post("/api/posts").then())
                .body("detail", containsString("No front matter found"))
                .body("errors[0].field", equalTo("frontMatter"));
    }

    @Test
    void frontMatterKeysOneTypoAwayFromAKnownKeyAreRefused() {
        invalid(author().contentType(MARKDOWN).body("---\ntitle: Typos\ntag: [dotnet]\npublised: true\ntitel: x\n---\nBody")
                .post("/api/posts").then())
                .body("errors.field", hasItems("tag", "publised", "titel"))
                .body("errors.find { it.field == 'tag' }.message", containsString("did you mean 'tags'?"))
                .body("errors.find { it.field == 'publised' }.message", containsString("did you mean 'published'?"))
                .body("errors.find { it.field == 'titel' }.message", containsString("did you mean 'title'?"));
        String slug =
                createMarkdown("---\ntitle: Metadata " + unique() + "\nlayout: post\nauthor: Zoë\nseries: MVP\n---\nBody");
        anonymous().get("/api/posts/" + slug).then().statusCode(404);
        author().get("/api/posts/" + slug).then().statusCode(200)
                .body("metadata.layout", equalTo("post")).body("metadata.author", equalTo("Zoë"));
    }

    @Test
    void aTagFilterAcceptsWhatAPostAccepts() {
        String suffix = unique();
        String title = "Becoming a Microsoft MVP " + suffix;
        createMarkdown("---\ntitle: " + title + "\nstatus: published\ntags: [\".NET " + suffix + "\", \"Azure Functions "
                + suffix + "\", Développement]\n---\n"
                + LONG_BODY);
        for (String filter : List.of(".NET " + suffix, "net-" + suffix, ".net " + suffix.toUpperCase())) {
            anonymous().queryParam("tag", filter).get("/api/posts").then().statusCode(200)
                    .body("items.title", hasItem(title));
        }
        anonymous().queryParam("tag", "Développement").queryParam("tag", ".NET " + suffix).get("/api/posts").then()
                .statusCode(200).body("items.title", hasItem(title));
        anonymous().queryParam("tag", "azure functions " + suffix).get("/api/posts").then().statusCode(200)
                .body("items.title", hasItem(title));
        // The feeds' tag filter reads the same way.
        for (String feed : List.of("/api/feed.json", "/api/feed.xml", "/api/feed.atom")) {
            anonymous().queryParam("tag", ".NET " + suffix).get(feed).then().statusCode(200)
                    .body(Matchers.containsString(title));
        }
        invalid(anonymous().queryParam("tag", "!!!").get("/api/posts").then()).body("errors[0].field", equalTo("tag"));
        anonymous().queryParam("tag", "no-such-tag-" + suffix).get("/api/posts").then().statusCode(200)
                .body("items", everyItem(not(hasItem(title))));
    }
}
