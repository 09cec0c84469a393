package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.contribution.service.ContributionExports;
import dev.mvpress.post.Visibility;
import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * The export and the filing sheet stream: a fixed number of statements whatever the number of entries (a
 * cursor, no statement per entry), sent chunked without a Content-Length, and read in one read-only snapshot so
 * that what is counted before the body is what the body holds. Keeps to 1951, 1952 and 1954 to 1957.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ExportStreamingTest {

    static final String[] TYPES = {"blog", "video", "mentorship", "speaker-microsoft-event"};
    static final String[] AREAS = {"dotnet", "java", "python", "web-development"};

    @Inject
    EntityManagerFactory emf;

    @Inject
    EntityManager em;

    @Inject
    ContributionExports exports;

    /** {@code n} entries of {@code year} in one import: several types and areas, every third private, some linked. */
    static void importEntries(String year, int n, String postSlug) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String type = TYPES[i % TYPES.length];
            rows.add("""
                    {"type": "%s", "title": "Eintrag %d — Über Caching ✓", "date": "%s-%02d-%02d",
                     "technologyArea": "%s", "additionalTechnologyAreas": ["%s"], "targetAudiences": ["developer"],
                     "description": "Teil %d", "url": "%s://example.com/%s/%d", "private": %b%s%s}"""
                    .formatted(type, i, year, 1 + i % 12, 1 + i % 28, AREAS[i % AREAS.length],
                            AREAS[(i + 1) % AREAS.length], i, i % 5 == 0 ? "http" : "https", year, i, i % 3 == 0,
                            type.equals("speaker-microsoft-event") ? ", \"microsoftEvent\": \"ignite\"" : "",
                            i % 10 == 0 ? ", \"postSlug\": \"" + postSlug + "\"" : ""));
        }
        author().contentType(ContentType.JSON).body("[" + String.join(",", rows) + "]").post("/api/contributions/import")
                .then().statusCode(200).body("created", equalTo(n));
    }

    static String publishedPost() {
        return author().contentType(ContentType.JSON).body("""
                {"title": "Streamed export's post", "markdown": "Body", "status": "published"}""")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
    }

    static Response get(RequestSpecification who, String path, String format, String year) {
        return who.queryParam("format", format).queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
                .get(path);
    }

    long statements(String path, String format, String year, int entries) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        Response response = get(author(), path, format, year);
        response.then().statusCode(200);
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        long statements = stats.getPrepareStatementCount();
        int found = switch (format) {
            case "csv" -> body.split("\r\n").length - 1;
            case "portal" -> response.jsonPath().getList("$").size();
            case "markdown" -> body.split("\n## ").length - 1;
            default -> body.split("<section class=\"card\"").length - 1;
        };
        assertEquals(entries, found, path + " " + format + " " + year + " holds every entry");
        return statements;
    }

    @Test
    void anExportOf300EntriesTakesAsManyStatementsAsOneOf3() {
        String slug = publishedPost();
        importEntries("1951", 3, slug);
        importEntries("1952", 300, slug);
        String export = "/api/contributions/export";
        String sheet = "/api/contributions/filing-sheet";
        // What the ETag is made of (one aggregate), the catalogs (types, areas) and the entries' cursor.
        assertEquals(4, statements(export, "csv", "1951", 3));
        assertEquals(4, statements(export, "csv", "1952", 300));
        // The same, and a first pass of the cursor that counts the entries with portal issues.
        assertEquals(5, statements(export, "portal", "1951", 3));
        assertEquals(5, statements(export, "portal", "1952", 300));
        // The ETag's aggregate, the catalogs, the count of the head, the cursor.
        assertEquals(5, statements(sheet, "markdown", "1951", 3));
        assertEquals(5, statements(sheet, "markdown", "1952", 300));
        assertEquals(5, statements(sheet, "html", "1951", 3));
        assertEquals(5, statements(sheet, "html", "1952", 300));
    }

    @Test
    void exportsAndSheetsAreSentChunkedWithoutAContentLengthHoweverSmall() {
        importEntries("1954", 2, publishedPost());
        for (boolean asAuthor : List.of(true, false)) {
            for (String[] document : List.of(new String[]{"/api/contributions/export", "csv", "text/csv"},
                    new String[]{"/api/contributions/export", "portal", "application/json"},
                    new String[]{"/api/contributions/filing-sheet", "markdown", "text/markdown"},
                    new String[]{"/api/contributions/filing-sheet", "html", "text/html"})) {
                get(asAuthor ? author() : anonymous(), document[0], document[1], "1954").then().statusCode(200)
                        .contentType(containsString(document[2]))
                        .header("Transfer-Encoding", "chunked")
                        .header("Content-Length", nullValue());
            }
        }
        // An empty period too.
        get(anonymous(), "/api/contributions/export", "portal", "1955").then().statusCode(200)
                .header("MVPress-Portal-Issues", "0").header("Content-Length", nullValue()).body("size()", equalTo(0));
    }

    /**
     * A streamed document is not hashed: its ETag comes from what it is made of, so If-None-Match still gets a
     * 304 without a row read, and an entry changed, added or renamed in the catalog gives a new one.
     */
    @Test
    void theETagFollowsTheEntriesAndTheCatalogsWithoutReadingTheBody() {
        importEntries("1957", 3, publishedPost());
        List<String> paths = List.of("/api/contributions/export?format=csv", "/api/contributions/export?format=portal",
                "/api/contributions/filing-sheet?format=markdown", "/api/contributions/filing-sheet?format=html");
        List<String> before = new ArrayList<>();
        for (String path : paths) {
            String etag = anonymous().get(path + "&from=1957-01-01&to=1957-12-31").then().statusCode(200)
                    .header("ETag", notNullValue()).extract().header("ETag");
            anonymous().header("If-None-Match", etag).get(path + "&from=1957-01-01&to=1957-12-31").then()
                    .statusCode(304).body(emptyString());
            before.add(etag);
        }
        assertEquals(4, before.stream().distinct().count(), "each document has its own: " + before);
        String id = author().queryParam("year", 1957).queryParam("size", 100).get("/api/contributions").then()
                .extract().path("items.find { !it.private }.id");
        author().contentType("application/merge-patch+json").body("{\"reach\": 1957}").patch("/api/contributions/" + id)
                .then().statusCode(200);
        for (int i = 0; i < paths.size(); i++) {
            anonymous().header("If-None-Match", before.get(i)).get(paths.get(i) + "&from=1957-01-01&to=1957-12-31")
                    .then().statusCode(200);
        }
    }

    @Test
    void aBadPeriodIsAProblemNamingTheFieldBeforeAnyRowIsRead() {
        for (String path : List.of("/api/contributions/export", "/api/contributions/filing-sheet")) {
            anonymous().queryParam("from", "1954-13-01").get(path).then().statusCode(400)
                    .contentType(containsString("application/problem+json")).body("errors[0].field", equalTo("from"));
            anonymous().queryParam("from", "1954-05-01").queryParam("to", "1954-04-01").get(path).then()
                    .statusCode(400).body("errors[0].field", equalTo("to"));
        }
    }

    /**
     * The count taken first and the rows streamed after it come from one snapshot: an entry logged in between
     * (committed by another request) is in neither, and the transaction is read-only.
     */
    @Test
    void theCountAndTheRowsSeeOneReadOnlySnapshot() throws IOException {
        importEntries("1956", 4, publishedPost());
        List<Object> seen = new ArrayList<>();
        exports.read(LocalDate.of(1956, 1, 1), LocalDate.of(1956, 12, 31), Visibility.of(true), snapshot -> {
            seen.add(em.createNativeQuery("select current_setting('transaction_isolation') || ' '"
                    + " || current_setting('transaction_read_only')").getSingleResult());
            seen.add(snapshot.count());
            author().contentType(ContentType.JSON).body("""
                    {"type": "blog", "title": "Logged meanwhile", "date": "1956-06-06", "technologyArea": "java",
                     "targetAudiences": ["developer"]}""").post("/api/contributions").then().statusCode(201);
            int[] rows = {0};
            snapshot.each(entry -> rows[0]++);
            seen.add((long) rows[0]);
        });
        assertEquals(List.of("repeatable read on", 4L, 4L), seen);
        get(author(), "/api/contributions/export", "csv", "1956").then().statusCode(200)
                .body(containsString("Logged meanwhile"));
    }
}
