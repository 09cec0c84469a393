package dev.mvpress.contribution.importer;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.SourceServer;

/** Feeds where the work already is, YouTube, a podcast, dev.to, a blog's Atom, become entries, once. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class FeedImportTest {

    private static final String YOUTUBE = "application/atom+xml; charset=UTF-8";
    private static final String RSS = "application/rss+xml; charset=utf-8";

    static SourceServer server;

    @BeforeAll
    static void start() {
        server = new SourceServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Serves the fixture, filled in with this test's id, at a path of its own. */
    static String serve(String fixture, String id, String contentType) {
        String path = "/" + id + "/" + fixture;
        server.on(path, SourceServer.text(200, contentType, server.fixture(fixture, id)));
        return server.url(path);
    }

    static ValidatableResponse importFeed(String body, boolean dryRun) {
        return author().contentType(ContentType.JSON).queryParam("dryRun", dryRun).body(body)
                .post("/api/contributions/import/feed").then();
    }

    static void mapTag(String slug, String name, String area) {
        author().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\", \"technologyArea\": \"" + area + "\"}")
                .put("/api/tags/" + slug).then().statusCode(201);
    }

    @Test
    void aYouTubeChannelIsImportedOnceAfterADryRunThatWritesNothing() {
        String id = unique();
        String body = """
                {"url": "%s", "type": "video", "from": "2025-09-01", "to": "2026-08-31", "technologyArea": "dotnet"}"""
                .formatted(serve("youtube-channel.xml", id, YOUTUBE));

        ValidatableResponse dry = importFeed(body, true).statusCode(200).body("dryRun", equalTo(true))
                .body("items", equalTo(3)).body("created", hasSize(3))
                .body("created[0].type", equalTo("video"))
                .body("created[0].title", equalTo("Native AOT für Web-APIs: Kaltstart unter 50 ms 🚀"))
                .body("created[0].date", equalTo("2026-03-05"))
                .body("created[0].url", equalTo("https://www.youtube.com/watch?v=" + id + "-v4"))
                .body("created[0].description", startsWith("Wir messen den Kaltstart einer ASP.NET-Core-API"))
                .body("created[0].description", containsString("04:12 Trimming-Warnungen"))
                .body("created[0].technologyArea", equalTo("dotnet"))
                .body("created[0].targetAudiences", equalTo(List.of("developer")))
                .body("created[0].role", equalTo("host"))
                .body("created[1].title", equalTo("Live: Blazor United — Fragen & Antworten (ça marche !)"))
                .body("created[2].title", equalTo("GitHub Actions: Matrix-Builds für .NET 9 und 10"))
                .body("created[2].description", nullValue())
                .body("skipped", empty()).body("problems", empty())
                .body("notes", equalTo(List.of("1 item dated outside 2025-09-01..2026-08-31 was left out")));
        for (String wouldBe : dry.extract().<String>jsonPath().getList("created.id", String.class)) {
            author().get("/api/contributions/" + wouldBe).then().statusCode(404);
        }

        List<String> ids = importFeed(body, false).statusCode(200).body("dryRun", equalTo(false)).body("created", hasSize(3))
                .extract().jsonPath().getList("created.id", String.class);
        anonymous().get("/api/contributions/" + ids.get(1)).then().statusCode(200)
                .body("title", equalTo("Live: Blazor United — Fragen & Antworten (ça marche !)"))
                .body("date", equalTo("2026-01-20"));

        importFeed(body, false).statusCode(200).body("created", empty()).body("skipped", hasSize(3))
                .body("skipped[0].item", equalTo(1)).body("skipped[0].reason", equalTo("already logged"))
                .body("skipped[0].existingId", equalTo(ids.get(0)))
                .body("skipped[2].existingId", equalTo(ids.get(2)))
                .body("skipped[2].url", equalTo("https://www.youtube.com/watch?v=" + id + "-v2"));
    }

    @Test
    void aPodcastFeedTakesAreasFromItsCategoriesAndReportsWhatItCutOrLeftOut() {
        String id = unique();
        mapTag("dotnet-" + id, "dotnet " + id, "dotnet");
        mapTag("pipelines-" + id, "Pipelines " + id, "devops");
        mapTag("nb-" + id, "Notebooks " + id, "python");
        String body = "{\"url\": \"" + serve("podcast.xml", id, RSS) + "\", \"type\": \"podcast\"}";

        importFeed(body, false).statusCode(200).body("items", equalTo(4)).body("created", hasSize(3))
                // A title over the portal's 100 characters is cut with an ellipsis, and said so.
                .body("created[0].title", equalTo("Épisode 43 : Les génériques en C#, avec une invitée qui a écrit un livre"
                        + " entier sur les contraintes…"))
                .body("created[0].description", equalTo("Dans cet épisode, nous parlons des génériques : contraintes,"
                        + " variance & performances. Pourquoi where T : struct ?"))
                .body("created[0].date", equalTo("2026-02-03"))
                .body("created[0].url", equalTo("https://cafe-debogage.example/episodes/" + id + "-43"))
                .body("created[0].technologyArea", equalTo("dotnet"))
                .body("created[0].role", equalTo("host"))
                // An episode with only its audio links to the audio; its first mapped category is primary.
                .body("created[1].url", equalTo("https://media.cafe-debogage.example/" + id + "-42.mp3"))
                .body("created[1].technologyArea", equalTo("devops"))
                .body("created[1].additionalTechnologyAreas", equalTo(List.of("dotnet")))
                // A category that names a tag by its name, not its slug.
                .body("created[2].title", equalTo("Épisode 41 : Bonne année, Python !"))
                .body("created[2].technologyArea", equalTo("python"))
                .body("problems", hasSize(2))
                .body("problems[0].item", equalTo(1)).body("problems[0].field", equalTo("title"))
                .body("problems[0].message", equalTo("had 143 characters; cut to 100 with an ellipsis (the portal's limit)"))
                .body("problems[0].leftOut", equalTo(false))
                .body("problems[1].item", equalTo(3)).body("problems[1].field", equalTo("date"))
                .body("problems[1].title", equalTo("Hors-série : enregistrement perdu"))
                .body("problems[1].leftOut", equalTo(true));
    }

    @Test
    void aDevToFeedMapsUpToThreeAreasAndFallsBackToTheRequestsArea() {
        String id = unique();
        mapTag("dotnet-" + id, "dotnet " + id, "dotnet");
        mapTag("pipelines-" + id, "Pipelines " + id, "devops");
        mapTag("nb-" + id, "Notebooks " + id, "python");
        String body = "{\"url\": \"" + serve("devto.xml", id, RSS) + "\", \"type\": \"blog\","
                + " \"technologyArea\": \"developer-tools\", \"targetAudiences\": [\"developer\", \"student\"]}";
        importFeed(body, false).statusCode(200).body("created", hasSize(2))
                .body("created[0].title", equalTo("Records in C# 12: ein Überblick"))
                .body("created[0].description", equalTo("Warum Records? Records sind Werttypen für Daten."))
                .body("created[0].role", equalTo("author"))
                .body("created[0].technologyArea", equalTo("dotnet"))
                .body("created[0].additionalTechnologyAreas", equalTo(List.of("devops", "python")))
                .body("created[0].targetAudiences", equalTo(List.of("developer", "student")))
                .body("created[1].technologyArea", equalTo("developer-tools"))
                .body("created[1].date", equalTo("2025-12-04"));
    }

    @Test
    void anAtomFeedsHtmlTitlesBecomeTextAndUnmappedItemsGetTheConfiguredArea() {
        String id = unique();
        mapTag("jvm-" + id, "Kotlin " + id, "java");
        String body = "{\"url\": \"" + serve("hugo.atom", id, "application/atom+xml") + "\", \"type\": \"blog\"}";
        importFeed(body, false).statusCode(200).body("created", hasSize(2))
                .body("created[0].title", equalTo("Kotlin と Java 21 の 仮想スレッド"))
                .body("created[0].description", equalTo("仮想スレッドを Kotlin のコルーチンと比べます。"))
                .body("created[0].technologyArea", equalTo("java"))
                // Plain text keeps its angle brackets; the day is the UTC day of publication.
                .body("created[1].title", equalTo("Generics: List<T> in Java und Kotlin"))
                .body("created[1].description", equalTo("Typparameter & Wildcards."))
                .body("created[1].date", equalTo("2026-01-31"))
                .body("created[1].technologyArea", equalTo("web-development"));
    }

    @Test
    void aFeedBehindARedirectIsFollowedAndALongFeedIsCutAtTheItemLimit() {
        String id = unique();
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Tägliche Notizen</title><link>https://notes.example/</link><description>x</description>");
        LocalDate day = LocalDate.of(2026, 1, 31);
        for (int i = 30; i >= 1; i--) {
            feed.append("<item><title>Notiz Nr. ").append(i).append(" – über Tests</title><link>https://notes.example/")
                    .append(id).append('/').append(i).append("</link><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(day.minusDays(30 - i)
                            .atStartOfDay(ZoneOffset.UTC)))
                    .append("</pubDate></item>");
        }
        feed.append("</channel></rss>");
        server.on("/" + id + "/notes.xml", SourceServer.text(200, RSS, feed.toString()));
        server.on("/" + id + "/old-feed", SourceServer.redirect(301, "/" + id + "/notes.xml"));
        importFeed("{\"url\": \"" + server.url("/" + id + "/old-feed") + "\", \"type\": \"blog\"}", true).statusCode(200)
                .body("items", equalTo(25)).body("created", hasSize(25))
                .body("created[0].title", equalTo("Notiz Nr. 30 – über Tests"))
                .body("created[0].date", equalTo("2026-01-31"))
                .body("notes", equalTo(List.of("5 more items were not read: an import takes at most 25"
                        + " (mvpress.import.max-items); narrow from/to and import again")));
        importFeed("{\"url\": \"" + server.url("/" + id + "/notes.xml") + "\", \"type\": \"blog\", \"from\": \"2026-01-30\"}",
                true).statusCode(200).body("items", equalTo(2))
                .body("notes", equalTo(List.of("28 items dated outside 2026-01-30.. were left out")));
    }

    @Test
    void aCrossPostOfAPostThatLoggedItselfIsImportedWithAWarning() {
        String id = unique();
        String word = "Kreuzpost" + id.replaceAll("[0-9]", "");
        String title = word + ": Records über alles";
        createMarkdown("---\ntitle: \"" + title + "\"\nstatus: published\npublishedAt: 2026-01-12T08:00:00Z\n---\nKörper");
        String blogEntry = author().queryParam("type", "blog").queryParam("q", word).get("/api/contributions").then()
                .body("page.totalItems", equalTo(1)).extract().path("items[0].id");
        server.on("/" + id + "/devto.xml", SourceServer.text(200, RSS, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>DEV</title><link>https://dev.to/zoe</link><description>d</description><item><title>"
                + title.toUpperCase(Locale.ROOT) + "</title><link>https://dev.to/zoe/" + id + "</link>"
                + "<pubDate>Mon, 12 Jan 2026 09:14:52 +0000</pubDate></item></channel></rss>"));
        importFeed("{\"url\": \"" + server.url("/" + id + "/devto.xml") + "\", \"type\": \"blog\"}", false).statusCode(200)
                .body("created", hasSize(1)).body("problems", hasSize(1))
                .body("problems[0].field", equalTo("title")).body("problems[0].leftOut", equalTo(false))
                .body("problems[0].message", equalTo("has the same title and date as entry " + blogEntry
                        + "; imported all the same: delete one if they are the same activity"));
    }

    @Test
    void aRequestThatCannotBeRightIsA400BeforeAnythingIsFetched() {
        String id = unique();
        String url = serve("youtube-channel.xml", id, YOUTUBE);
        String path = "/" + id + "/youtube-channel.xml";
        importFeed("{\"url\": \"" + url + "\", \"type\": \"vlog\"}", false).statusCode(400)
                .body("errors[0].field", equalTo("type"));
        importFeed("{\"url\": \"" + url + "\", \"type\": \"video\", \"technologyArea\": \"cobol\"}", false).statusCode(400)
                .body("errors[0].field", equalTo("technologyArea"));
        importFeed("{\"url\": \"" + url + "\", \"type\": \"video\", \"role\": \"maintainer\"}", false).statusCode(400)
                .body("errors[0].field", equalTo("role"));
        importFeed("{\"url\": \"" + url + "\", \"type\": \"video\", \"targetAudiences\": [\"aliens\"]}", false)
                .statusCode(400).body("errors[0].field", startsWith("targetAudiences"));
        importFeed("{\"url\": \"" + url + "\", \"type\": \"video\", \"from\": \"2026-02-01\", \"to\": \"2026-01-01\"}", false)
                .statusCode(400).body("errors[0].field", equalTo("to"));
        importFeed("{\"type\": \"video\"}", false).statusCode(400).body("errors[0].field", equalTo("url"));
        importFeed("{\"url\": \"ftp://127.0.0.1/feed.xml\", \"type\": \"video\"}", false).statusCode(400)
                .body("errors[0].field", equalTo("url"));
        author().contentType(ContentType.JSON).queryParam("dryRun", "perhaps")
                .body("{\"url\": \"" + url + "\", \"type\": \"video\"}")
                .post("/api/contributions/import/feed").then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        anonymous().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\", \"type\": \"video\"}")
                .post("/api/contributions/import/feed").then().statusCode(401);
        assertEquals(0, server.hits(path), "nothing was fetched");
    }

    @Test
    void addressesOfMVPressesOwnNetworkAreRefused() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/feed.xml",
                "http://192.168.1.1/rss", "http://[::1]:8080/feed", "http://0.0.0.0/feed", "http://[fd12:3456::1]/feed")) {
            importFeed("{\"url\": \"" + url + "\", \"type\": \"blog\"}", true).statusCode(400)
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("loopback, private or link-local"));
        }
    }
}
