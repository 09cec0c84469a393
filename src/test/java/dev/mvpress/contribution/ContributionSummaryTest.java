package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

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
                .body("totals.count", equalTo(2)).body("totals.reach", equalTo(30))
                .body("byMonth.size()", equalTo(12));
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
