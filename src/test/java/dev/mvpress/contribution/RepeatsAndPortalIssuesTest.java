package dev.mvpress.contribution;

import static dev.mvpress.contribution.ContributionFilingTest.list;
import static dev.mvpress.contribution.ContributionFilingTest.log;
import static dev.mvpress.contribution.ContributionFilingTest.token;
import static dev.mvpress.contribution.ContributionFilingTest.with;
import static dev.mvpress.contribution.ContributionFilingTest.word;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * What keeps the portal from getting a duplicate or a refusal: a plain POST that repeats an entry is a 409 pointing at
 * it, entries whose names the portal dropped are listed, and each entry's portalIssues say what the portal would refuse
 * or ask for.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class RepeatsAndPortalIssuesTest {

    static String talk(String title, String date, String url) {
        return """
                {"type": "speaker-third-party-event", "title": "%s", "description": "Ein Vortrag mit Live-Demos",
                 "date": "%s", "url": "%s", "technologyArea": "dotnet", "targetAudiences": ["developer"],
                 "metrics": {"inPersonAttendees": 90, "numberOfSessions": 1}}""".formatted(title, date, url);
    }

    static ValidatableResponse post(RequestSpecification who, String json) {
        return who.contentType(ContentType.JSON).body(json).post("/api/contributions").then();
    }

    @Test
    void aPlainPostThatRepeatsAnEntryIsA409PointingAtItUnlessItIsSeparate() {
        String w = word("Kranich");
        String url = "https://ndc.example/oslo/" + unique();
        String first = log(talk("NDC Oslo: " + w + " in der Praxis", "2026-06-12", url));

        // Same type, date and url under another title: the same talk, retitled.
        post(author(), talk("Überarbeitet: " + w, "2026-06-12", url)).statusCode(409)
                .contentType("application/problem+json").header("Location", endsWith("/api/contributions/" + first))
                .body("errors[0].field", equalTo("url")).body("detail", containsString("separate=true"))
                .body("detail", containsString(first));
        // Same title (in other letter case) and date, whatever the type and url: the same activity logged twice.
        post(author(), """
                {"type": "podcast", "title": "%s", "date": "2026-06-12",
                 "url": "https://podcast.example/%s", "technologyArea": "dotnet", "targetAudiences": ["developer"]}"""
                .formatted(("NDC Oslo: " + w + " in der Praxis").toUpperCase(Locale.ROOT), unique()))
                .statusCode(409).header("Location", endsWith("/api/contributions/" + first))
                .body("errors[0].field", equalTo("title"));
        // The caller says it is a second activity: it is logged.
        String second = author().contentType(ContentType.JSON).queryParam("separate", "true")
                .body(talk("Überarbeitet: " + w, "2026-06-12", url)).post("/api/contributions").then().statusCode(201)
                .extract().path("id");
        assertNotEquals(first, second);
        // The same title another day is another activity.
        post(author(), talk("NDC Oslo: " + w + " in der Praxis", "2026-06-13", url + "/tag-2")).statusCode(201);
        // A PUT under a new id is not checked: the client chose the id (a sync does), and repeating it must stay idempotent.
        String chosen = UUID.randomUUID().toString();
        String same = talk("NDC Oslo: " + w + " in der Praxis", "2026-06-12", url);
        author().contentType(ContentType.JSON).body(same).put("/api/contributions/" + chosen).then().statusCode(201);
        author().contentType(ContentType.JSON).body(same).put("/api/contributions/" + chosen).then().statusCode(200);
        list(author(), w, "").body("page.totalItems", equalTo(4));
        post(author(), "{\"type\": \"podcast\"}").statusCode(400);
    }

    @Test
    void aRepeatOfAnEntryTheCallerCannotReadIsNotRevealed() {
        String w = word("Fischotter");
        String json = """
                {"type": "mentorship", "title": "Mentoring %s", "description": "Wöchentliche Sitzungen",
                 "date": "2026-07-01", "technologyArea": "dotnet", "targetAudiences": ["student"], "private": true}"""
                .formatted(w);
        String secret = log(json);
        String writer = token("contributions:write");
        // A token without drafts:read does not know the private entry exists: its copy is logged, and nothing names it.
        ExtractableResponse<Response> copy = post(with(writer), json).statusCode(201).extract();
        assertNotEquals(secret, copy.path("id"));
        assertFalse(copy.asString().contains(secret) || String.valueOf(copy.header("Location")).contains(secret),
                copy.asString());
        // The author sees both, and a third copy from the author is refused with the first one named.
        post(author(), json).statusCode(409).header("Location", endsWith("/api/contributions/" + secret));
        // What that token can read, it is told about.
        String open = log(talk("Öffentlicher Vortrag " + w, "2026-07-02", "https://meetup.example/" + unique()));
        post(with(writer), talk("Öffentlicher Vortrag " + w, "2026-07-02", "https://meetup.example/" + unique()))
                .statusCode(409).header("Location", endsWith("/api/contributions/" + open))
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void loggingByHandAPostThatLoggedItselfIsA409PointingAtTheLoggedEntry() {
        String w = word("Zaunkönig");
        String slug = createMarkdown("---\ntitle: " + w + " — Notizen aus Zürich\nstatus: published\n"
                + "publishedAt: 2026-02-14T10:00:00Z\n---\nText");
        String logged = author().queryParam("type", "blog").queryParam("q", w).get("/api/contributions").then()
                .body("page.totalItems", equalTo(1)).extract().path("items[0].id");
        post(author(), """
                {"type": "blog", "title": "Meine Notizen (%s)", "date": "2026-02-14",
                 "url": "http://localhost:4321/blog/%s/", "technologyArea": "dotnet", "targetAudiences": ["developer"]}"""
                .formatted(w, slug)).statusCode(409).header("Location", endsWith("/api/contributions/" + logged))
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void unknownNamesListsEntriesWhoseNamesThePortalDroppedAndPortalIssuesNameTheField() throws Exception {
        String w = word("Dachs");
        anonymous().get("/api/technology-areas/microsoft-defender").then().statusCode(200).body("inPortal", equalTo(false));
        anonymous().get("/api/technology-areas/azure-cloud-native").then().statusCode(200).body("inPortal", equalTo(false));
        // Entries as migration V10 leaves those it could not map: an old area, and a role the portal does not have.
        UUID oldArea = UUID.randomUUID();
        UUID oldRole = UUID.randomUUID();
        String jdbc = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (var connection = DriverManager.getConnection(jdbc, "postgres", "");
                var insert = connection.prepareStatement("insert into contribution (id, type_key, title, description, date,"
                        + " url, technology_area_key, additional_technology_areas, target_audiences, role, metrics,"
                        + " created_at, updated_at) values (?, ?, ?, 'Beschreibung', ?, ?, ?, cast(? as jsonb),"
                        + " '[\"it-pro\"]'::jsonb, ?, '{}'::jsonb, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            Object[][] rows = {
                    {oldArea, "speaker-third-party-event", "Defender-Workshop " + w, "https://workshop.example/" + w,
                            "microsoft-defender", "[\"azure-cloud-native\"]", "author"},
                    {oldRole, "open-source", w + "-Bibliothek", "https://github.com/example/" + w, "dotnet", "[]",
                            "maintainer"}};
            for (Object[] row : rows) {
                insert.setObject(1, row[0]);
                insert.setString(2, (String) row[1]);
                insert.setString(3, (String) row[2]);
                insert.setObject(4, LocalDate.of(2025, 3, 20));
                insert.setString(5, (String) row[3]);
                insert.setString(6, (String) row[4]);
                insert.setString(7, (String) row[5]);
                insert.setString(8, (String) row[6]);
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                assertEquals(1, insert.executeUpdate());
            }
        }
        String fine = log(talk("Neuer Vortrag " + w, "2025-03-21", "https://konferenz.example/" + unique()));

        list(author(), w, "unknownNames=true").statusCode(200)
                .body("items.id", containsInAnyOrder(oldArea.toString(), oldRole.toString()));
        list(author(), w, "unknownNames=false").body("items.id", hasItem(fine));
        author().get("/api/contributions/" + oldArea).then().statusCode(200)
                .body("portalIssues.field", hasItems("technologyArea", "additionalTechnologyAreas[0]"))
                .body("portalIssues.find { it.field == 'technologyArea' }.message", containsString("no longer"));
        author().get("/api/contributions/" + oldRole).then()
                .body("portalIssues.field", hasItem("role"))
                .body("portalIssues.find { it.field == 'role' }.message", containsString("Author"));
        author().get("/api/contributions/" + fine).then().body("portalIssues", empty());

        // Moved to names the portal knows: off the list.
        author().contentType("application/merge-patch+json")
                .body("{\"technologyArea\": \"siem-and-xdr\", \"additionalTechnologyAreas\": [\"azure-kubernetes-and-open-source\"]}")
                .patch("/api/contributions/" + oldArea).then().statusCode(200)
                .body("portalIssues.field", equalTo(List.of("metrics")));
        list(author(), w, "unknownNames=true").body("items.id", equalTo(List.of(oldRole.toString())));

        // The portal drops an area later: the operator marks it, and its entries show up.
        String key = "retired-" + unique();
        author().contentType(ContentType.JSON)
                .body("{\"name\": \"Ausgemustert " + w + "\", \"awardCategory\": \"Microsoft Azure\"}")
                .put("/api/technology-areas/" + key).then().statusCode(201);
        String tagged = log("""
                {"type": "video", "title": "Stream %s", "description": "Live", "date": "2025-03-22",
                 "url": "https://video.example/%s", "technologyArea": "%s", "targetAudiences": ["developer"],
                 "metrics": {"liveStreamViews": 40}}""".formatted(w, unique(), key));
        author().contentType(ContentType.JSON)
                .body("{\"name\": \"Ausgemustert " + w + "\", \"awardCategory\": \"Microsoft Azure\", \"inPortal\": false}")
                .put("/api/technology-areas/" + key).then().statusCode(200);
        try {
            list(author(), w, "unknownNames=true").body("items.id", containsInAnyOrder(oldRole.toString(), tagged));
            author().get("/api/contributions/" + tagged).then()
                    .body("portalIssues.field", equalTo(List.of("technologyArea")))
                    .body("portalIssues[0].message", containsString("Ausgemustert " + w));
        } finally {
            author().contentType("application/merge-patch+json").body("{\"technologyArea\": \"dotnet\"}")
                    .patch("/api/contributions/" + tagged).then().statusCode(200);
            author().delete("/api/technology-areas/" + key).then().statusCode(204);
        }
    }

    @Test
    void portalIssuesSayWhatThePortalWouldRefuseOrAskFor() {
        String w = word("Wiesel");
        String http = log("""
                {"type": "blog", "title": "Ein alter Beitrag über %s", "description": "Aus dem Archiv", "date": "2025-11-02",
                 "url": "http://altes-blog.example/%s", "technologyArea": "dotnet", "targetAudiences": ["developer"],
                 "metrics": {"numberOfViews": 310}}""".formatted(w, unique()));
        String noEvent = log("""
                {"type": "speaker-microsoft-event", "title": "Community-Session %s", "description": "Breakout",
                 "date": "2025-11-19", "url": "https://ignite.example/%s", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "metrics": {"numberOfSessions": 1}}""".formatted(w, unique()));
        String ready = log("""
                {"type": "speaker-microsoft-event", "title": "Ignite-Session %s", "description": "Breakout",
                 "date": "2025-11-20", "url": "https://ignite.example/%s", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "metrics": {"numberOfSessions": 1}, "microsoftEvent": "Ignite"}"""
                .formatted(w, unique()));
        String bare = log("""
                {"type": "podcast", "title": "Folge über %s", "date": "2025-11-21", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"]}""".formatted(w));

        author().get("/api/contributions/" + http).then().body("portalIssues.field", equalTo(List.of("url")))
                .body("portalIssues[0].message", containsString("https://"));
        author().get("/api/contributions/" + noEvent).then().body("portalIssues.field", equalTo(List.of("microsoftEvent")))
                .body("portalIssues[0].message", containsString("Ignite"));
        author().get("/api/contributions/" + ready).then().body("portalIssues", empty());
        author().get("/api/contributions/" + bare).then().body("portalIssues.field",
                equalTo(List.of("description", "metrics")));
        // Warnings, not errors: the entries are stored and listed, and readers never see them.
        list(author(), w, "").body("page.totalItems", equalTo(4));
        list(anonymous(), w, "").body("page.totalItems", equalTo(4)).body("items", not(hasItem(hasKey("portalIssues"))));
    }
}
