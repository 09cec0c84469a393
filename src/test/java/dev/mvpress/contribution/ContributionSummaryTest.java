package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;

/** The year at a glance: each test uses a period of its own, far from every other test's data. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ContributionSummaryTest {

    static void log(String type, String role, String area, String date, int quantity, int reach) {
        author().contentType(ContentType.JSON).body("""
                {"type": "%s", "role": "%s", "title": "%s %s", "date": "%s", "technologyArea": "%s",
                 "targetAudiences": ["developer"], "quantity": %d, "reach": %d}""".formatted(type, role, type, date, date,
                area, quantity, reach)).post("/api/contributions").then().statusCode(201);
    }

    @Test
    void summarisesByTypeAreaAndMonthWithBothEndsIncluded() {
        log("blog", "author", "dotnet", "1985-02-14", 1, 1000); // the day before: out
        log("blog", "author", "dotnet", "1985-02-15", 2, 100); // first day: in
        log("video", "host", "azure-application-paas", "1985-07-01", 3, 50);
        log("blog", "author", "azure-application-paas", "1985-07-20", 1, 7);
        log("speaker-third-party-event", "author", "dotnet", "1986-02-14", 1, 120); // last day: in
        log("blog", "author", "dotnet", "1986-02-15", 5, 5000); // the day after: out

        anonymous().queryParam("from", "1985-02-15").queryParam("to", "1986-02-14").get("/api/contributions/summary")
                .then().statusCode(200)
                .body("from", equalTo("1985-02-15")).body("to", equalTo("1986-02-14"))
                .body("window", equalTo(Map.of("from", "1985-02-15", "to", "1986-02-14", "default", false)))
                .body("totals.count", equalTo(4))
                .body("totals.quantity", equalTo(7))
                .body("totals.reach", equalTo(277))
                .body("byType.key", equalTo(List.of("blog", "speaker-third-party-event", "video")))
                .body("byType[0].name", equalTo("Blog"))
                .body("byType[0].count", equalTo(2)).body("byType[0].quantity", equalTo(3))
                .body("byType[0].reach", equalTo(107))
                .body("byType[2].quantity", equalTo(3)).body("byType[2].reach", equalTo(50))
                .body("byTechnologyArea.key", equalTo(List.of("azure-application-paas", "dotnet")))
                .body("byTechnologyArea[1].name", equalTo(".NET"))
                .body("byTechnologyArea[1].count", equalTo(2)).body("byTechnologyArea[1].reach", equalTo(220))
                .body("byMonth.size()", equalTo(13))
                .body("byMonth[0].month", equalTo("1985-02")).body("byMonth[0].count", equalTo(1))
                .body("byMonth[1].month", equalTo("1985-03")).body("byMonth[1].count", equalTo(0))
                .body("byMonth[5].month", equalTo("1985-07")).body("byMonth[5].count", equalTo(2))
                .body("byMonth[5].quantity", equalTo(4)).body("byMonth[5].reach", equalTo(57))
                .body("byMonth[12].month", equalTo("1986-02")).body("byMonth[12].reach", equalTo(120));
    }

    @Test
    void withoutAPeriodItIsTheTwelveMonthsUpToToday() {
        QuarkusMock.installMockForType(new FixedTime(Instant.parse("1987-06-30T23:30:00Z")), TimeSource.class);
        log("blog", "author", "java", "1986-06-30", 1, 9); // a year and a day ago: out
        log("blog", "author", "java", "1986-07-01", 1, 10); // first day of the window
        log("blog", "author", "java", "1987-06-30", 1, 20); // today
        anonymous().get("/api/contributions/summary").then().statusCode(200)
                .body("from", equalTo("1986-07-01")).body("to", equalTo("1987-06-30"))
                .body("window", equalTo(Map.of("from", "1986-07-01", "to", "1987-06-30", "default", true)))
                .body("totals.count", equalTo(2)).body("totals.reach", equalTo(30))
                .body("byMonth.size()", equalTo(12));
        // One end given: twelve months from it or up to it, and not the default window.
        anonymous().queryParam("from", "1986-07-01").get("/api/contributions/summary").then().statusCode(200)
                .body("window", equalTo(Map.of("from", "1986-07-01", "to", "1987-06-30", "default", false)))
                .body("totals.count", equalTo(2));
        anonymous().queryParam("to", "1987-06-29").get("/api/contributions/summary").then().statusCode(200)
                .body("window", equalTo(Map.of("from", "1986-06-30", "to", "1987-06-29", "default", false)))
                .body("totals.count", equalTo(2)).body("totals.reach", equalTo(19));
    }

    static String entry(String json) {
        return author().contentType(ContentType.JSON).body(json).post("/api/contributions").then().statusCode(201)
                .extract().path("id");
    }

    /**
     * A year of varied work, logged out of order: counts of several types, a private mentorship, an entry
     * without description, a video with no counts, a Microsoft-event talk without the event, an http URL.
     */
    @Test
    void sumsThePortalsCountsPerGroupAndListsWhatThePortalWouldAskForOldestFirst() {
        String mentoring = entry("""
                {"type": "mentorship", "role": "mentor", "title": "Mentorat d'étudiants — privé", "date": "1973-11-11",
                 "technologyArea": "java", "targetAudiences": ["student"], "private": true,
                 "privateDescription": "PRIVNOTE-1973", "metrics": {"numberOfSessions": 4}}""");
        String msTalk = entry("""
                {"type": "speaker-microsoft-event", "title": "Ignite-Vortrag über .NET", "date": "1973-09-20",
                 "description": "Ein Vortrag", "url": "https://ignite.example/s/1", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "metrics": {"numberOfSessions": 1}}""");
        entry("""
                {"type": "blog", "title": "Écrire en public : mon année de blog", "date": "1973-03-10",
                 "description": "Ce que j'ai appris", "url": "https://blog.example/ecrire", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "reach": 100, "metrics": {"numberOfViews": 5000}}""");
        String noCounts = entry("""
                {"type": "video", "role": "host", "title": "Kurzvideo ohne Zahlen", "date": "1973-05-05",
                 "description": "Zwei Minuten", "url": "https://video.example/kurz", "technologyArea": "web-development",
                 "targetAudiences": ["developer"]}""");
        String http = entry("""
                {"type": "blog", "title": "Ψ: a second post", "date": "1973-04-02", "description": "Greek letters",
                 "url": "http://blog.example/psi", "technologyArea": "dotnet", "targetAudiences": ["developer"],
                 "metrics": {"numberOfViews": 400}}""");
        entry("""
                {"type": "video", "role": "host", "title": "Live: Minimal APIs — 直播", "date": "1973-04-20",
                 "description": "Stream", "url": "https://video.example/live", "technologyArea": "web-development",
                 "targetAudiences": ["developer"], "quantity": 2, "reach": 1500,
                 "metrics": {"numberOfSessions": 2, "liveStreamViews": 300, "onDemandViews": 1200}}""");
        String undescribed = entry("""
                {"type": "speaker-third-party-event", "title": "Talk at Øresund Dev Days", "date": "1973-06-15",
                 "url": "https://dev-days.example/t", "technologyArea": "dotnet", "targetAudiences": ["developer"],
                 "reach": 120, "metrics": {"inPersonAttendees": 120, "numberOfSessions": 1}}""");
        entry("""
                {"type": "product-feedback", "title": "Feedback zu Java-Tools", "date": "1974-01-15",
                 "description": "Issue filed", "url": "https://feedback.example/1", "technologyArea": "java",
                 "targetAudiences": ["developer"]}""");
        // Just outside the period on both sides.
        entry("""
                {"type": "blog", "title": "Before", "date": "1973-02-28", "url": "http://x.example/b",
                 "technologyArea": "dotnet", "targetAudiences": ["developer"], "metrics": {"numberOfViews": 77777}}""");
        entry("""
                {"type": "blog", "title": "After", "date": "1974-03-01", "url": "http://x.example/a",
                 "technologyArea": "dotnet", "targetAudiences": ["developer"], "metrics": {"numberOfViews": 88888}}""");

        author().queryParam("from", "1973-03-01").queryParam("to", "1974-02-28").get("/api/contributions/summary")
                .then().statusCode(200)
                .body("window", equalTo(Map.of("from", "1973-03-01", "to", "1974-02-28", "default", false)))
                .body("totals.count", equalTo(8))
                .body("totals.counts", equalTo(Map.of("numberOfViews", 5400, "numberOfSessions", 8, "liveStreamViews", 300,
                        "onDemandViews", 1200, "inPersonAttendees", 120)))
                .body("byType.key", equalTo(List.of("blog", "video", "mentorship", "product-feedback",
                        "speaker-microsoft-event", "speaker-third-party-event")))
                .body("byType[0].counts", equalTo(Map.of("numberOfViews", 5400)))
                .body("byType[1].counts", equalTo(Map.of("numberOfSessions", 2, "liveStreamViews", 300, "onDemandViews", 1200)))
                .body("byType[2].counts", equalTo(Map.of("numberOfSessions", 4)))
                .body("byType[3].counts", equalTo(Map.of()))
                .body("byType[4].counts", equalTo(Map.of("numberOfSessions", 1)))
                .body("byType[5].counts", equalTo(Map.of("numberOfSessions", 1, "inPersonAttendees", 120)))
                .body("byTechnologyArea.key", equalTo(List.of("dotnet", "java", "web-development")))
                .body("byTechnologyArea[0].counts",
                        equalTo(Map.of("numberOfViews", 5400, "numberOfSessions", 2, "inPersonAttendees", 120)))
                .body("byTechnologyArea[1].counts", equalTo(Map.of("numberOfSessions", 4)))
                .body("byTechnologyArea[2].counts",
                        equalTo(Map.of("numberOfSessions", 2, "liveStreamViews", 300, "onDemandViews", 1200)))
                .body("byMonth.month", equalTo(List.of("1973-03", "1973-04", "1973-05", "1973-06", "1973-07", "1973-08",
                        "1973-09", "1973-10", "1973-11", "1973-12", "1974-01", "1974-02")))
                .body("byMonth[0].counts", equalTo(Map.of("numberOfViews", 5000)))
                .body("byMonth[1].counts", equalTo(Map.of("numberOfViews", 400, "numberOfSessions", 2, "liveStreamViews", 300,
                        "onDemandViews", 1200)))
                .body("byMonth[2].count", equalTo(1)).body("byMonth[2].counts", equalTo(Map.of()))
                .body("byMonth[4].count", equalTo(0)).body("byMonth[4].counts", equalTo(Map.of()))
                .body("byMonth[3].counts", equalTo(Map.of("numberOfSessions", 1, "inPersonAttendees", 120)))
                .body("byMonth[6].counts", equalTo(Map.of("numberOfSessions", 1)))
                .body("byMonth[8].counts", equalTo(Map.of("numberOfSessions", 4)))
                .body("byMonth[10].count", equalTo(1)).body("byMonth[10].counts", equalTo(Map.of()))
                // Oldest first; the complete entries (the first blog, the live video, the feedback) are not listed.
                .body("needsAttentionTotal", equalTo(5))
                .body("needsAttention.id", equalTo(List.of(http, noCounts, undescribed, msTalk, mentoring)))
                .body("needsAttention.date",
                        equalTo(List.of("1973-04-02", "1973-05-05", "1973-06-15", "1973-09-20", "1973-11-11")))
                .body("needsAttention[0].title", equalTo("Ψ: a second post"))
                .body("needsAttention[0].type", equalTo("blog"))
                .body("needsAttention[0].issues", equalTo(List.of(
                        Map.of("field", "url", "message", "the portal takes https:// addresses only"))))
                .body("needsAttention[1].issues", equalTo(List.of(Map.of("field", "metrics", "message",
                        "the form asks for Number of sessions or Livestream views or On-demand views"))))
                .body("needsAttention[2].issues", equalTo(List.of(
                        Map.of("field", "description", "message", "the portal asks for a description"))))
                .body("needsAttention[3].type", equalTo("speaker-microsoft-event"))
                .body("needsAttention[3].issues", equalTo(List.of(Map.of("field", "microsoftEvent", "message",
                        "the form asks which Microsoft event: MLSA Summit, MVP Summit, RD Summit, Build, Ignite, Inspire, Other"))))
                .body("needsAttention[4].title", equalTo("Mentorat d'étudiants — privé"))
                .body("needsAttention[4].issues.field", equalTo(List.of("description")));

        // Without a token: the private mentorship is not summed, and nothing says what the author has to fix.
        String anonymousBody = anonymous().queryParam("from", "1973-03-01").queryParam("to", "1974-02-28")
                .get("/api/contributions/summary").then().statusCode(200)
                .body("totals.count", equalTo(7))
                .body("totals.counts.numberOfSessions", equalTo(4))
                .body("byType.key", not(hasItem("mentorship")))
                .body("byTechnologyArea.key", equalTo(List.of("dotnet", "web-development", "java")))
                .body("byTechnologyArea[2].count", equalTo(1)).body("byTechnologyArea[2].counts", equalTo(Map.of()))
                .body("byMonth[8].count", equalTo(0)).body("byMonth[8].counts", equalTo(Map.of()))
                .body("$", not(hasKey("needsAttention"))).body("$", not(hasKey("needsAttentionTotal")))
                .extract().asString();
        assertFalse(anonymousBody.contains("Mentorat"), anonymousBody);
        assertFalse(anonymousBody.contains(mentoring), anonymousBody);
        assertFalse(anonymousBody.contains("Ψ"), anonymousBody);

        // A token that writes contributions but does not read private fields sees what anyone sees.
        String writer = author().contentType(ContentType.JSON)
                .body("{\"name\": \"summary-writer\", \"scopes\": [\"contributions:write\"]}").post("/api/tokens")
                .then().statusCode(201).extract().path("secret");
        given().header("Authorization", "Bearer " + writer).queryParam("from", "1973-03-01").queryParam("to", "1974-02-28")
                .get("/api/contributions/summary").then().statusCode(200)
                .body("totals.count", equalTo(7)).body("$", not(hasKey("needsAttention")));
    }

    /** The summary counts what the portal export sends: a count the entry's type no longer asks for is left out. */
    @Test
    void aCountTheTypeNoLongerAsksForIsNotSummedAndItsEntryNeedsAttention() {
        String key = "newsletter-" + unique();
        author().contentType(ContentType.JSON).body("""
                {"portalName": "Newsletter", "quantityLabel": "Issues", "reachLabel": "Readers", "roles": ["Author"],
                 "metrics": ["numberOfViews", "subscriberBase"]}""").put("/api/contribution-types/" + key).then()
                .statusCode(201);
        String id = entry("""
                {"type": "%s", "title": "Lettre n° 1", "date": "1977-05-01", "description": "Première lettre",
                 "url": "https://letter.example/1", "technologyArea": "dotnet", "targetAudiences": ["developer"],
                 "metrics": {"numberOfViews": 70, "subscriberBase": 500}}""".formatted(key));
        author().queryParam("from", "1977-01-01").queryParam("to", "1977-12-31").get("/api/contributions/summary").then()
                .body("totals.counts", equalTo(Map.of("numberOfViews", 70, "subscriberBase", 500)))
                .body("needsAttentionTotal", equalTo(0)).body("needsAttention", equalTo(List.of()));

        // The portal drops the views of this type.
        author().contentType("application/merge-patch+json").body("{\"metrics\": [\"subscriberBase\"]}")
                .patch("/api/contribution-types/" + key).then().statusCode(200);
        author().queryParam("from", "1977-01-01").queryParam("to", "1977-12-31").get("/api/contributions/summary").then()
                .body("totals.counts", equalTo(Map.of("subscriberBase", 500)))
                .body("byType[0].counts", equalTo(Map.of("subscriberBase", 500)))
                .body("needsAttention.id", equalTo(List.of(id)))
                .body("needsAttention[0].issues.field", equalTo(List.of("metrics.numberOfViews")));

        author().delete("/api/contributions/" + id).then().statusCode(204);
        author().delete("/api/contribution-types/" + key).then().statusCode(204);
    }

    /** The author's list stays a glance: the oldest 100, and how many there are in all. */
    @Test
    void needsAttentionListsTheOldestHundredAndSaysHowManyInAll() {
        for (int i = 0; i < 103; i++) {
            author().contentType(ContentType.JSON).body("""
                    {"type": "blog", "title": "Billet n° %d", "date": "1979-%02d-%02d", "technologyArea": "dotnet",
                     "targetAudiences": ["developer"], "description": "Sans URL sécurisée", "url": "http://old.example/%d",
                     "metrics": {"numberOfViews": 10}}""".formatted(i, 1 + i % 12, 1 + i / 12, i))
                    .post("/api/contributions").then().statusCode(201);
        }
        author().queryParam("from", "1979-01-01").queryParam("to", "1979-12-31").get("/api/contributions/summary").then()
                .statusCode(200)
                .body("totals.count", equalTo(103)).body("totals.counts", equalTo(Map.of("numberOfViews", 1030)))
                .body("needsAttentionTotal", equalTo(103))
                .body("needsAttention.size()", equalTo(100))
                .body("needsAttention[0].title", equalTo("Billet n° 0")) // 1979-01-01
                .body("needsAttention[0].date", equalTo("1979-01-01"))
                .body("needsAttention[99].date", equalTo("1979-12-05"));
    }

    @Test
    void badPeriodsAreA400() {
        anonymous().queryParam("from", "2026-05-01").queryParam("to", "2026-04-01").get("/api/contributions/summary")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        anonymous().queryParam("from", "1900-01-01").queryParam("to", "2026-01-01").get("/api/contributions/summary")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        anonymous().queryParam("from", "yesterday").get("/api/contributions/summary").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
