package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * The filing ledger: what is filed in the MVP portal, marked in bulk with the ids the portal answered, and what changed
 * after it was filed, whoever changed it (the author, or the post an auto-logged entry follows).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ContributionFilingTest {

    /** A word that appears in every title of one test, so that its lists hold only its own entries. */
    static String word(String animal) {
        return animal + unique().replaceAll("[0-9]", "");
    }

    static String log(String json) {
        return author().contentType(ContentType.JSON).body(json).post("/api/contributions").then().statusCode(201)
                .extract().path("id");
    }

    static String talk(String title, String date) {
        return log("""
                {"type": "speaker-third-party-event", "title": "%s", "description": "45 Minuten mit Live-Demos",
                 "privateDescription": "Bewertung 4,8 von 5", "date": "%s", "url": "https://konferenz.example/%s",
                 "technologyArea": "dotnet", "targetAudiences": ["developer"], "role": "author",
                 "metrics": {"inPersonAttendees": 140, "numberOfSessions": 1}}""".formatted(title, date, unique()));
    }

    static String podcast(String title, String date) {
        return log("""
                {"type": "podcast", "title": "%s", "description": "Episódio sobre .NET Aspire", "date": "%s",
                 "url": "https://podcast.example/%s", "technologyArea": "dotnet", "targetAudiences": ["developer", "it-pro"],
                 "role": "host", "metrics": {"onDemandViews": 900}}""".formatted(title, date, unique()));
    }

    static String privateMentoring(String title, String date) {
        return log("""
                {"type": "mentorship", "title": "%s", "description": "Mentoria semanal", "privateDescription": "Nome da
                 mentorada: confidencial", "date": "%s", "technologyArea": "azure-application-paas",
                 "targetAudiences": ["student"], "role": "mentor", "metrics": {"numberOfSessions": 6}, "private": true}"""
                .replace("\n ", " ").formatted(title, date));
    }

    static String openSource(String title, String date) {
        return log("""
                {"type": "open-source", "title": "%s", "description": "スラッグ生成ライブラリ", "date": "%s",
                 "url": "https://github.com/example/%s", "technologyArea": "dotnet", "targetAudiences": ["developer"],
                 "role": "author", "metrics": {"numberOfViews": 5200}}""".formatted(title, date, unique()));
    }

    static ValidatableResponse file(RequestSpecification who, String body) {
        return who.contentType(ContentType.JSON).body(body).post("/api/contributions/filings").then();
    }

    static ValidatableResponse list(RequestSpecification who, String word, String filter) {
        return who.get("/api/contributions?size=100&q=" + word + "&" + filter).then();
    }

    static JsonPath entry(String id) {
        return author().get("/api/contributions/" + id).then().statusCode(200).extract().jsonPath();
    }

    static String token(String... scopes) {
        return author().contentType(ContentType.JSON)
                .body(Map.of("name", "filing " + String.join(" ", scopes) + " " + unique(), "scopes", List.of(scopes)))
                .post("/api/tokens").then().statusCode(201).extract().path("secret");
    }

    static RequestSpecification with(String secret) {
        return given().header("Authorization", "Bearer " + secret);
    }

    @Test
    void filedFalseListsWhatIsLeftAndMarkingInBulkRecordsThePortalsIds() {
        String w = word("Kolibri");
        String talk = talk("Über Minimal APIs — " + w, "2026-02-03");
        String podcast = podcast("Café com " + w + " — episódio 7", "2026-02-10");
        String mentoring = privateMentoring("Mentoria " + w, "2026-01-15");
        String tool = openSource(w + " スラッグ 2.0", "2026-03-01");
        list(author(), w, "filed=false").statusCode(200).body("page.totalItems", equalTo(4))
                .body("items.portalId", equalTo(Arrays.asList(null, null, null, null)))
                .body("items.changedSinceFiling", equalTo(List.of(false, false, false, false)));

        String filedAt = "2026-03-05T21:14:09Z";
        // Two filed through the portal's API (it answered their ids), one typed into the nominee wizard (no id).
        file(author(), """
                [{"id": "%s", "portalId": "298431", "filedAt": "%s"},
                 {"id": "%s", "portalId": "298432"},
                 {"id": "%s"}]""".formatted(talk, filedAt, mentoring, tool))
                .statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(List.of(talk, mentoring, tool)))
                .body("title", equalTo(List.of("Über Minimal APIs — " + w, "Mentoria " + w, w + " スラッグ 2.0")))
                .body("portalId", equalTo(Arrays.asList("298431", "298432", null)))
                .body("[0].filedAt", equalTo(filedAt))
                .body("changedSinceFiling", equalTo(List.of(false, false, false)))
                .body("[1].privateDescription", containsString("confidencial"));

        list(author(), w, "filed=false").body("items.id", equalTo(List.of(podcast)));
        list(author(), w, "filed=true").body("items.id", containsInAnyOrder(talk, mentoring, tool));
        list(author(), w, "changedSinceFiling=true").body("page.totalItems", equalTo(0));
        JsonPath marked = entry(tool);
        Instant at = Instant.parse(marked.getString("filedAt"));
        assertTrue(Math.abs(ChronoUnit.SECONDS.between(at, Instant.now())) < 60,
                "filedAt defaults to now: " + at);
        assertNull(marked.getString("portalId"));
        // The portal's id is in the CSV a filer works from.
        String csv = author().queryParam("from", "2026-02-03").queryParam("to", "2026-02-03").get("/api/contributions/export")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("298431,2026-03-05T21:14:09Z"), csv);
    }

    @Test
    void anEditAfterFilingShowsAsChangedUntilTheEntryIsMarkedAgain() {
        String w = word("Eichhörnchen");
        String body = """
                {"type": "video", "title": "Livestream: %s und .NET Aspire", "description": "Zwei Stunden live",
                 "date": "2026-04-09", "url": "https://video.example/%s", "technologyArea": "dotnet",
                 "additionalTechnologyAreas": ["azure-application-paas"], "targetAudiences": ["developer"],
                 "role": "presenter", "reach": 800, "metrics": {"liveStreamViews": 300, "onDemandViews": 500}}"""
                .formatted(w, unique());
        String id = log(body);
        String other = talk("Vortrag " + w, "2026-04-10");
        file(author(), "[{\"id\": \"" + id + "\", \"portalId\": \"301007\"}, {\"id\": \"" + other + "\"}]").statusCode(200);
        long version = entry(id).getLong("version");

        // Writes that change nothing are not changes.
        author().contentType(ContentType.JSON).body(body).put("/api/contributions/" + id).then().statusCode(200)
                .body("changedSinceFiling", equalTo(false)).body("version", equalTo((int) version));
        author().contentType("application/merge-patch+json").body("{}").patch("/api/contributions/" + id).then()
                .statusCode(200).body("changedSinceFiling", equalTo(false));
        list(author(), w, "changedSinceFiling=true").body("page.totalItems", equalTo(0));

        author().contentType(ContentType.JSON).body(body.replace("Zwei Stunden live", "Zwei Stunden live, mit Q&A"))
                .put("/api/contributions/" + id).then().statusCode(200)
                .body("changedSinceFiling", equalTo(true)).body("portalId", equalTo("301007"));
        author().contentType("application/merge-patch+json").body("{\"metrics\": {\"inPersonAttendees\": 150}}")
                .patch("/api/contributions/" + other).then().statusCode(200).body("changedSinceFiling", equalTo(true));
        list(author(), w, "changedSinceFiling=true").body("items.id", containsInAnyOrder(id, other));
        list(author(), w, "changedSinceFiling=false").body("page.totalItems", equalTo(0));
        list(author(), w, "filed=true&changedSinceFiling=true").body("page.totalItems", equalTo(2));

        // Filed again (the portal's activity was edited in place): a re-mark without an id keeps the recorded one.
        file(author(), "[{\"id\": \"" + id + "\"}]").statusCode(200).body("[0].changedSinceFiling", equalTo(false))
                .body("[0].portalId", equalTo("301007")).body("[0].version", greaterThan((int) version));
        list(author(), w, "changedSinceFiling=true").body("items.id", equalTo(List.of(other)));

        // Marked filed by mistake: "filed": false takes it back, and it is listed as not filed again.
        file(author(), "[{\"id\": \"" + other + "\", \"filed\": false}]").statusCode(200)
                .body("[0]", not(hasKey("portalId"))).body("[0]", not(hasKey("filedAt")))
                .body("[0].changedSinceFiling", equalTo(false));
        list(author(), w, "filed=false").body("items.id", equalTo(List.of(other)));
        // An edit of an entry that is not filed is no change since filing.
        author().contentType("application/merge-patch+json").body("{\"reach\": 99}").patch("/api/contributions/" + other)
                .then().statusCode(200).body("changedSinceFiling", equalTo(false));
    }

    @Test
    void anEntryEditedWhileItWasBeingFiledStaysChangedWhenTheFiledVersionIsGiven() {
        String w = word("Siebenschläfer");
        String id = talk("Vortrag " + w, "2026-05-12");
        long taken = entry(id).getLong("version");
        // The author fixes the description while the filing script is posting the body taken at that version.
        author().contentType("application/merge-patch+json").body("{\"description\": \"45 Minuten, mit Folien\"}")
                .patch("/api/contributions/" + id).then().statusCode(200);
        file(author(), "[{\"id\": \"" + id + "\", \"portalId\": \"400123\", \"version\": " + taken + "}]")
                .statusCode(200).body("[0].portalId", equalTo("400123")).body("[0].changedSinceFiling", equalTo(true));
        list(author(), w, "changedSinceFiling=true").body("items.id", equalTo(List.of(id)));
        long now = entry(id).getLong("version");
        file(author(), "[{\"id\": \"" + id + "\", \"version\": " + now + "}]").statusCode(200)
                .body("[0].changedSinceFiling", equalTo(false)).body("[0].portalId", equalTo("400123"));
        file(author(), "[{\"id\": \"" + id + "\", \"version\": " + (now + 5) + "}]").statusCode(400)
                .body("errors[0].field", equalTo("[0].version"));
        file(author(), "[{\"id\": \"" + id + "\", \"filed\": false, \"version\": 1}]").statusCode(400)
                .body("errors[0].field", equalTo("[0].filed"));
    }

    @Test
    void aPostEditThatChangesItsBlogEntryOrMovesItsUrlMarksTheFiledEntryChanged() {
        String w = word("Siebenschläfer");
        String slug = createMarkdown("---\ntitle: " + w + " — Grüße aus Köln\ndescription: Erste Fassung\nstatus: published\n"
                + "publishedAt: 2026-01-20T09:00:00Z\n---\nKörper des Beitrags");
        String id = author().queryParam("type", "blog").queryParam("q", w).get("/api/contributions").then().statusCode(200)
                .body("page.totalItems", equalTo(1)).extract().path("items[0].id");
        list(author(), w, "filed=false").body("items.id", equalTo(List.of(id)))
                .body("items[0].followsPost", equalTo(true));
        file(author(), "[{\"id\": \"" + id + "\", \"portalId\": \"310001\"}]").statusCode(200);

        // A post edit the entry does not carry (its body) leaves the filed entry alone.
        author().contentType("application/merge-patch+json").body("{\"markdown\": \"Neuer Körper, gleicher Titel\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        author().get("/api/contributions/" + id).then().body("changedSinceFiling", equalTo(false));

        // A new title is carried to the entry it logged: the portal holds the old one.
        author().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\": \"" + w + " — Grüße aus Düsseldorf\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        author().get("/api/contributions/" + id).then().body("title", equalTo(w + " — Grüße aus Düsseldorf"))
                .body("changedSinceFiling", equalTo(true)).body("followsPost", equalTo(true));
        list(author(), w, "changedSinceFiling=true").body("items.id", equalTo(List.of(id)));
        file(author(), "[{\"id\": \"" + id + "\"}]").statusCode(200).body("[0].changedSinceFiling", equalTo(false));

        // The author's own edit ends following; a slug change still moves its url (a bulk update), and that is a change.
        author().contentType("application/merge-patch+json").body("{\"reach\": 2400}").patch("/api/contributions/" + id)
                .then().statusCode(200).body("followsPost", equalTo(false)).body("changedSinceFiling", equalTo(true));
        file(author(), "[{\"id\": \"" + id + "\"}]").statusCode(200).body("[0].changedSinceFiling", equalTo(false));
        String renamed = slug + "-neu";
        author().contentType("application/merge-patch+json").body("{\"slug\": \"" + renamed + "\"}")
                .patch("/api/posts/" + slug).then().statusCode(200);
        author().get("/api/contributions/" + id).then().body("url", endsWith("/blog/" + renamed + "/"))
                .body("changedSinceFiling", equalTo(true)).body("portalId", equalTo("310001"));
    }

    @Test
    void theFilingStateIsTheAuthorsAndATokenThatCannotReadItMarksOnlyWhatItSees() {
        String w = word("Waschbär");
        String open = podcast("Podcast " + w + " — Ausgabe 12", "2026-05-02");
        String hidden = privateMentoring("Mentoring " + w, "2026-05-03");
        file(author(), "[{\"id\": \"" + open + "\", \"portalId\": \"320001\"}]").statusCode(200);

        for (RequestSpecification reader : List.of(anonymous(), with(token("contributions:write")))) {
            reader.get("/api/contributions/" + open).then().statusCode(200).body("$", not(hasKey("portalId")))
                    .body("$", not(hasKey("filedAt"))).body("$", not(hasKey("changedSinceFiling")))
                    .body("$", not(hasKey("portalIssues"))).body("$", not(hasKey("privateDescription")));
            list(reader, w, "").statusCode(200).body("items.id", equalTo(List.of(open)))
                    .body("items[0]", not(hasKey("portalId"))).body("items[0]", not(hasKey("portalIssues")));
        }
        for (String filter : List.of("filed=false", "changedSinceFiling=true", "unknownNames=true")) {
            String name = filter.substring(0, filter.indexOf('='));
            for (RequestSpecification reader : List.of(anonymous(), with(token("contributions:write")))) {
                list(reader, w, filter).statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo(name)).body("detail", containsString("drafts:read"));
            }
        }

        anonymous().contentType(ContentType.JSON).body("[{\"id\": \"" + open + "\"}]").post("/api/contributions/filings")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        file(with(token("drafts:read")), "[{\"id\": \"" + open + "\"}]").statusCode(403)
                .body("detail", containsString("contributions:write"));

        // A write-only token marks what it can read and gets it back as it reads it: without the filing state.
        String writer = token("contributions:write");
        file(with(writer), "[{\"id\": \"" + open + "\", \"portalId\": \"320002\"}]").statusCode(200)
                .body("[0].id", equalTo(open)).body("[0]", not(hasKey("portalId")))
                .body("[0]", not(hasKey("privateDescription")));
        author().get("/api/contributions/" + open).then().body("portalId", equalTo("320002"));
        // A private entry is to it as unknown as one that does not exist, and nothing of the request is marked.
        String missing = UUID.randomUUID().toString();
        String refused = file(with(writer), "[{\"id\": \"" + open + "\", \"portalId\": \"320003\"}, {\"id\": \"" + hidden
                + "\"}, {\"id\": \"" + missing + "\"}]").statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("[1].id", "[2].id")))
                .body("errors[1].message", equalTo("no contribution has the id '" + missing + "'"))
                .body("errors[0].message", equalTo("no contribution has the id '" + hidden + "'"))
                .extract().asString();
        assertFalse(refused.contains("Mentoring"), refused);
        author().get("/api/contributions/" + open).then().body("portalId", equalTo("320002"));
        author().get("/api/contributions/" + hidden).then().body("$", not(hasKey("filedAt")));
    }

    @Test
    void aBadLineIsA400NamingItAndNothingIsMarked() {
        String w = word("Igel");
        String a = talk("Talk über " + w, "2026-06-01");
        String future = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        file(author(), """
                [{"id": "%s", "portalId": "330001"},
                 {"id": "%s", "portalId": "29 84"},
                 {"id": "not-a-uuid"},
                 {"portalId": "330003"},
                 {"id": "%s", "portalId": 330004},
                 {"id": "%s", "filedAt": "%s"},
                 {"id": "%s", "filed": false, "portalId": "330006"},
                 {"id": "%s", "portalID": "330007"},
                 {"id": "%s"},
                 "%s",
                 {"id": "%s", "filedAt": "2026-06-03"}]"""
                .formatted(a, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), future, UUID.randomUUID(),
                        UUID.randomUUID(), a, "b", UUID.randomUUID()))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("[1].portalId", "[2].id", "[3].id", "[4].portalId", "[5].filedAt",
                        "[6].filed", "[7].portalID", "[8].id", "[9]", "[10].filedAt")))
                .body("errors[0].message", containsString("letters, digits or hyphens"))
                .body("errors[5].message", containsString("portalId, filedAt or version"))
                .body("errors[7].message", equalTo("names the same entry as [0]"))
                .body("detail", containsString("nothing was marked"));
        list(author(), w, "filed=true").body("page.totalItems", equalTo(0));

        file(author(), "{\"id\": \"" + a + "\"}").statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("JSON array"));
        file(author(), "[{\"id\": \"" + a + "\"").statusCode(400).contentType("application/problem+json");
        file(author(), "[]").statusCode(200).body("size()", equalTo(0));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= 1000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"").append(UUID.randomUUID()).append("\"}");
        }
        file(author(), many.append(']').toString()).statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("at most 1000"));
        list(author(), w, "filed=true").body("page.totalItems", equalTo(0));
        author().get("/api/contributions/" + a).then().body("portalId", nullValue());
    }
}
