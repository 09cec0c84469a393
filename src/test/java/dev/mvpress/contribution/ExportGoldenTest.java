package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * The export (CSV and portal JSON) and the filing sheet (markdown and HTML), for the author and for an anonymous
 * reader, byte for byte as the in-memory implementation wrote them before they streamed: the golden files under
 * src/test/resources/dev/mvpress/contribution/golden were captured from it (run with -Dgolden.write=true to
 * capture them again, and review the diff). The period has non-ASCII titles, several areas, roles and types,
 * a private entry and one linked to a draft beside public ones, an entry that follows its post, a filed entry,
 * and entries with portal issues. Keeps to 1953.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ExportGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/dev/mvpress/contribution/golden");
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final String FIXED_IDS = "00000000-0000-4000-8000-0000000019";
    static final String PUBLISHED = "golden-export-published-1953";
    static final String DRAFT = "golden-export-draft-1953";
    static final List<String> HEADERS = List.of("Content-Type", "Content-Disposition", "MVPress-Portal-Issues",
            "Content-Security-Policy");

    static void put(int n, String json) {
        author().contentType(ContentType.JSON).body(json).put("/api/contributions/" + FIXED_IDS + n).then()
                .statusCode(anyOf(is(200), is(201)));
    }

    static void post(String slug, String json) {
        if (author().get("/api/posts/" + slug).statusCode() == 404) {
            author().contentType(ContentType.JSON).body(json).post("/api/posts").then().statusCode(201);
        }
    }

    static void seed() {
        // Published in 1953: its blog entry is logged and follows the post (url from the post's slug).
        post(PUBLISHED, """
                {"slug": "%s", "title": "Ein Beitrag über Caching — Ünïcödé", "description": "Warum, wie, wann",
                 "markdown": "Body", "status": "published", "publishedAt": "1953-05-05T10:00:00Z",
                 "tags": ["dotnet", "azure"]}""".formatted(PUBLISHED));
        post(DRAFT, """
                {"slug": "%s", "title": "Not out yet", "markdown": "Body", "status": "draft"}""".formatted(DRAFT));
        put(10, """
                {"type": "speaker-third-party-event", "title": "Vortrag in Zürich: Caching für Fortgeschrittene ✓",
                 "date": "1953-02-10", "endDate": "1953-02-11",
                 "description": "Line one\\nline two, with a comma and \\"quotes\\"", "privateDescription": "fee; notes",
                 "url": "https://conf.example.com/1953?a=1&b=2", "technologyArea": "dotnet",
                 "additionalTechnologyAreas": ["web-development", "devops"], "targetAudiences": ["developer", "it-pro"],
                 "role": "contributor", "quantity": 2, "reach": 300,
                 "metrics": {"inPersonAttendees": 250, "numberOfSessions": 2}}""");
        put(11, """
                {"type": "blog", "title": "=SUM(A1:A9) in Łódź", "date": "1953-03-01", "technologyArea": "java",
                 "targetAudiences": ["student"], "private": true, "privateDescription": "draft notes",
                 "url": "http://blog.example.com/lodz", "metrics": {"numberOfViews": 12}}""");
        put(12, """
                {"type": "video", "title": "Stream ohne Beschreibung", "date": "1953-04-04",
                 "url": "http://twitch.example/1953", "technologyArea": "azure-application-paas",
                 "targetAudiences": ["it-pro"], "metrics": {"liveStreamViews": 400}, "postSlug": "%s"}"""
                .formatted(PUBLISHED));
        put(13, """
                {"type": "blog", "title": "Linked to a draft", "description": "Only the author sees it",
                 "date": "1953-04-04", "url": "https://blog.example.com/draft", "technologyArea": "java",
                 "targetAudiences": ["developer"], "metrics": {"numberOfViews": 3}, "postSlug": "%s"}"""
                .formatted(DRAFT));
        put(14, """
                {"type": "speaker-microsoft-event", "title": "Ignite: Aspire, ąęłńóśźż", "description": "Demo",
                 "date": "1953-06-06", "url": "https://events.example/ignite", "technologyArea": "dotnet",
                 "additionalTechnologyAreas": ["java"], "targetAudiences": ["developer", "technical-decision-maker"],
                 "role": "Contributor", "reach": 80, "metrics": {"numberOfSessions": 1}, "microsoftEvent": "ignite"}""");
        put(15, """
                {"type": "speaker-microsoft-event", "title": "Meetup 東京", "description": "Lightning talk",
                 "date": "1953-07-07", "url": "https://meetup.example/tokyo", "technologyArea": "python",
                 "targetAudiences": ["student", "other"], "microsoftEvent": "Other",
                 "microsoftEventOther": "Tokyo .NET Meetup"}""");
        put(16, """
                {"type": "mentorship", "title": "`code` *stars* [link](x) <b>bold</b> & 'q'",
                 "description": "- a list\\n```\\nfenced\\n```\\n", "date": "1953-12-31", "technologyArea": "python",
                 "targetAudiences": ["student"], "quantity": 3}""");
        author().contentType(ContentType.JSON).body("""
                [{"id": "%s10", "portalId": "298431", "filedAt": "1953-07-01T09:30:00Z"}]""".formatted(FIXED_IDS))
                .post("/api/contributions/filings").then().statusCode(200);
    }

    /** Each document of the period, by the golden file's name: the body with its response headers. */
    static Map<String, String> documents() {
        Map<String, String> docs = new LinkedHashMap<>();
        for (String who : List.of("author", "anonymous")) {
            docs.put(who + ".csv", document(who, "/api/contributions/export", "csv"));
            docs.put(who + ".portal.json", document(who, "/api/contributions/export", "portal"));
            docs.put(who + ".sheet.md", document(who, "/api/contributions/filing-sheet", "markdown"));
            docs.put(who + ".sheet.html", document(who, "/api/contributions/filing-sheet", "html"));
        }
        return docs;
    }

    static String document(String who, String path, String format) {
        RequestSpecification request = who.equals("author") ? author() : anonymous();
        Response response = request.queryParam("format", format).queryParam("from", "1953-01-01")
                .queryParam("to", "1953-12-31").get(path);
        assertEquals(200, response.statusCode(), path + " " + format);
        StringBuilder doc = new StringBuilder();
        for (String header : HEADERS) {
            String value = response.header(header);
            if (value != null && !(header.equals("Content-Security-Policy") && !format.equals("html"))) {
                doc.append(header).append(": ").append(value).append('\n');
            }
        }
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        // The entry that the published post logged has an id of its own in every database.
        String stable = UUID.matcher(body).replaceAll(m -> m.group().startsWith(FIXED_IDS) ? m.group() : "<logged-id>");
        return doc.append('\n').append(stable).toString();
    }

    @Test
    void exportsAndFilingSheetsAreTheDocumentsTheInMemoryImplementationWrote() throws IOException {
        seed();
        Map<String, String> docs = documents();
        Path actual = Path.of("target/golden-actual");
        Files.createDirectories(actual);
        for (var doc : docs.entrySet()) {
            Files.writeString(actual.resolve(doc.getKey()), doc.getValue(), StandardCharsets.UTF_8);
        }
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(GOLDEN);
            for (var doc : docs.entrySet()) {
                Files.writeString(GOLDEN.resolve(doc.getKey()), doc.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (var doc : docs.entrySet()) {
            String golden = Files.readString(GOLDEN.resolve(doc.getKey()), StandardCharsets.UTF_8);
            assertEquals(golden, doc.getValue(), doc.getKey());
        }
        // What the golden files hold, so that a capture from a broken build is not taken for the truth.
        String csv = docs.get("author.csv");
        assertTrue(csv.contains("\n\uFEFFid,type,typeName,title,"), csv);
        assertEquals(9, csv.split("\r\n").length, "the header and eight entries: " + csv);
        assertTrue(csv.contains("\"Vortrag in Zürich: Caching für Fortgeschrittene ✓\"") || csv.contains(
                ",Vortrag in Zürich: Caching für Fortgeschrittene ✓,"), csv);
        assertTrue(csv.contains("'=SUM(A1:A9) in Łódź"), csv);
        assertTrue(csv.contains(",298431,1953-07-01T09:30:00Z"), csv);
        assertTrue(csv.contains("/" + PUBLISHED), "the logged entry's url follows its post: " + csv);
        String anonymousCsv = docs.get("anonymous.csv");
        assertEquals(7, anonymousCsv.split("\r\n").length, anonymousCsv);
        for (String doc : List.of("anonymous.csv", "anonymous.portal.json", "anonymous.sheet.md", "anonymous.sheet.html")) {
            assertFalse(docs.get(doc).contains("Łódź"), "a private entry in " + doc);
            assertFalse(docs.get(doc).contains("Linked to a draft"), "an entry of a draft post in " + doc);
            assertFalse(docs.get(doc).contains("draft notes") || docs.get(doc).contains("fee; notes"),
                    "a private description in " + doc);
        }
        assertTrue(docs.get("author.portal.json").contains("MVPress-Portal-Issues: "), docs.get("author.portal.json"));
        assertFalse(docs.get("author.portal.json").contains("MVPress-Portal-Issues: 0\n"), "entries with portal issues");
        assertTrue(docs.get("author.sheet.md").contains("8 activities from"), docs.get("author.sheet.md"));
        assertTrue(docs.get("anonymous.sheet.html").contains("6 activities from"), docs.get("anonymous.sheet.html"));
    }
}
