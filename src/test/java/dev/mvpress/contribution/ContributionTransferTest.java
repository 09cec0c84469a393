package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/** Export and import; each test keeps to a year of its own. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ContributionTransferTest {

    static String create(String json) {
        return author().contentType(ContentType.JSON).body(json).post("/api/contributions").then().statusCode(201)
                .extract().path("id");
    }

    static String exportCsv(String year) {
        byte[] bytes = author().queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
                .get("/api/contributions/export").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static List<String> idsOf(String year) {
        return author().queryParam("year", year).queryParam("size", 100).get("/api/contributions").then().extract()
                .path("items.id");
    }

    /** The CSV without its id column, which a re-import gives new values. */
    static String withoutIds(String csv) {
        return Arrays.stream(csv.split("\r\n")).map(line -> line.substring(line.indexOf(',') + 1))
                .collect(Collectors.joining("\r\n"));
    }

    @Test
    void exportingThenImportingIntoADatabaseWithoutTheEntriesGivesTheSameEntries() {
        String year = "1994";
        create("""
                {"type": "speaker-third-party-event", "title": "Commas, \\"quotes\\" and ünïcödé ✓", "date": "1994-03-14",
                 "endDate": "1994-03-15", "description": "Line one\\nline two, with a comma",
                 "privateDescription": "private; notes", "url": "https://conf.example.com/1994?a=1&b=2",
                 "technologyArea": "dotnet", "additionalTechnologyAreas": ["web-development", "devops"],
                 "targetAudiences": ["developer", "it-pro"], "role": "contributor", "quantity": 2, "reach": 300,
                 "metrics": {"inPersonAttendees": 250, "numberOfSessions": 2}}""");
        create("""
                {"type": "blog", "title": "=SUM(A1:A9) is not a formula", "date": "1994-05-01", "technologyArea": "java",
                 "targetAudiences": ["student"], "private": true, "reach": 0, "metrics": {"numberOfViews": 12}}""");
        create("""
                {"type": "open-source", "title": "-leading dash and @mention", "date": "1994-12-31",
                 "url": "https://github.com/example/tool", "technologyArea": "python", "targetAudiences": ["other"],
                 "role": "author", "quantity": 0, "reach": 42}""");
        String before = exportCsv(year);
        assertTrue(before.startsWith("\uFEFFid,type,typeName,title,"), before);
        assertTrue(before.contains(",speaker-third-party-event,Speaker/Presenter at Third-party Event,"), before);
        assertTrue(before.contains(",dotnet,.NET,web-development;devops,Web Development;DevOps,developer;it-pro,"
                + "Developer;IT Pro,contributor,Contributor,2,300,"), "keys and the portal's labels side by side: " + before);
        assertTrue(before.contains("\"Commas, \"\"quotes\"\" and ünïcödé ✓\""), before);
        assertTrue(before.contains("'=SUM(A1:A9) is not a formula"), "formula-like cells are neutralised: " + before);
        assertTrue(before.contains("web-development;devops"), before);
        assertEquals(4, before.split("\r\n").length, before);

        for (String id : idsOf(year)) {
            author().delete("/api/contributions/" + id).then().statusCode(204);
        }
        assertEquals(List.of(), idsOf(year));

        // The bytes are UTF-8, so the Content-Type says so: a body is read in the charset it names.
        author().contentType("text/csv; charset=UTF-8").body(before.getBytes(StandardCharsets.UTF_8))
                .post("/api/contributions/import")
                .then().statusCode(200).body("dryRun", equalTo(false)).body("rows", equalTo(3)).body("created", equalTo(3));
        assertEquals(withoutIds(before), withoutIds(exportCsv(year)));
        author().queryParam("year", year).queryParam("q", "formula").get("/api/contributions").then()
                .body("items[0].title", equalTo("=SUM(A1:A9) is not a formula"));
    }

    @Test
    void importingTheSameFileAgainCreatesNothingAndSaysWhy() {
        String csv = """
                type,title,date,url,technologyArea,targetAudiences,role,reach
                video,Stream one,1995-01-10,https://twitch.example/1,devops,developer,host,10
                video,Stream two,1995-01-17,,devops,developer;student,host,20
                video,Stream two,1995-01-17,,devops,developer,host,20
                """;
        author().contentType("text/csv").body(csv).post("/api/contributions/import").then().statusCode(200)
                .body("created", equalTo(2))
                .body("skipped.row", equalTo(List.of(3)))
                .body("skipped[0].reason", containsString("earlier row"));
        author().contentType("text/csv").body(csv).post("/api/contributions/import").then().statusCode(200)
                .body("created", equalTo(0))
                .body("skipped.row", equalTo(List.of(1, 2, 3)))
                .body("skipped[0].reason", containsString("same type, date and url"))
                .body("skipped[1].reason", containsString("same type, date and title"));
        assertEquals(2, idsOf("1995").size());
    }

    @Test
    void oneBadRowWritesNothingAndADryRunReportsEveryProblemWithItsRow() {
        String csv = """
                type,title,date,technologyArea,targetAudiences,role,quantity
                podcast,Episode 1,1996-02-01,dotnet,developer,host,1
                podcast,Episode 2,1996-02-08,cobol,developer,dj,1
                podcast,Episode 3,1996-02-30,dotnet,developer,host,many
                podcast,Episode 4,1996-02-22,dotnet,developer,Host,1
                """;
        author().queryParam("dryRun", true).contentType("text/csv").body(csv).post("/api/contributions/import").then()
                .statusCode(200)
                .body("dryRun", equalTo(true)).body("rows", equalTo(4)).body("created", equalTo(2))
                .body("problems.row", hasItem(2)).body("problems.row", hasItem(3))
                .body("problems.find { it.row == 2 && it.field == 'technologyArea' }.message", containsString("cobol"))
                .body("problems.find { it.row == 2 && it.field == 'role' }.message", containsString("host"))
                .body("problems.find { it.row == 3 }.field", equalTo("date"));
        assertEquals(List.of(), idsOf("1996"));
        author().contentType("text/csv").body(csv).post("/api/contributions/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was imported"))
                .body("errors.row", hasItem(2));
        assertEquals(List.of(), idsOf("1996"));
        author().queryParam("dryRun", "maybe").contentType("text/csv").body(csv).post("/api/contributions/import")
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void aJsonArrayImportsToo() {
        String title = "Json import " + unique();
        author().contentType(ContentType.JSON).body("""
                [{"type": "mentorship", "title": "%s", "date": "1997-09-09", "technologyArea": "python",
                  "targetAudiences": ["student"], "metrics": {"numberOfSessions": 4}}]""".formatted(title))
                .post("/api/contributions/import").then().statusCode(200).body("created", equalTo(1));
        author().queryParam("year", 1997).get("/api/contributions").then()
                .body("items.title", hasItem(title)).body("items[0].role", equalTo("mentor"));
        author().contentType(ContentType.JSON).body("{\"not\": \"an array\"}").post("/api/contributions/import")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        author().contentType("text/csv").body("type,colour\nblog,red\n").post("/api/contributions/import")
                .then().statusCode(400).body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("colour"));
        anonymous().contentType("text/csv").body("type\nblog\n").post("/api/contributions/import").then().statusCode(401);
    }

    @Test
    void thePortalShapeIsTheBodyOfThePortalsPostWithNamesDateTimesAndOnlyTheTypesCounts() {
        create("""
                {"type": "speaker-microsoft-event", "title": "Portal shape", "description": "Demo of Aspire, ünïcödé",
                 "date": "1998-04-04", "endDate": "1998-04-05",
                 "url": "https://events.example/ignite", "technologyArea": "dotnet", "additionalTechnologyAreas": ["java"],
                 "targetAudiences": ["developer", "technical-decision-maker"], "role": "Contributor", "reach": 80,
                 "metrics": {"numberOfSessions": 2}, "microsoftEvent": "ignite"}""");
        create("""
                {"type": "video", "title": "Stream with no description", "date": "1998-06-06",
                 "url": "http://twitch.example/1998", "technologyArea": "azure-application-paas",
                 "targetAudiences": ["it-pro"], "metrics": {"liveStreamViews": 400}}""");
        author().queryParam("format", "portal").queryParam("from", "1998-01-01").queryParam("to", "1998-12-31")
                .get("/api/contributions/export").then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("MVPress-Portal-Issues", "1")
                .body("size()", equalTo(2))
                .body("[0].keySet()", equalTo(Set.of("activity")))
                .body("[0].activity.id", equalTo(0))
                .body("[0].activity.activityTypeName", equalTo("Speaker/Presenter at Microsoft Event"))
                .body("[0].activity.typeName", equalTo("Speaker/Presenter at Microsoft Event"))
                .body("[0].activity.technologyFocusArea", equalTo(".NET"))
                .body("[0].activity.additionalTechnologyAreas", equalTo(List.of("Java")))
                .body("[0].activity.targetAudience", equalTo(List.of("Developer", "Technical Decision Maker")))
                .body("[0].activity.date", equalTo("1998-04-04T00:00:00.000Z"))
                .body("[0].activity.dateEnd", equalTo("1998-04-05T00:00:00.000Z"))
                .body("[0].activity.role", equalTo("Contributor"))
                .body("[0].activity.isPrivate", equalTo(false))
                .body("[0].activity.numberOfSessions", equalTo(2))
                .body("[0].activity.microsoftEvent", equalTo("Ignite"))
                .body("[0].activity", not(hasKey("numberOfViews")))
                .body("[0].activity.description", equalTo("Demo of Aspire, ünïcödé"))
                .body("[1].activity.activityTypeName", equalTo("Video"))
                .body("[1].activity.technologyFocusArea", equalTo("Azure Application PaaS"))
                .body("[1].activity.role", equalTo("Host"))
                .body("[1].activity.liveStreamViews", equalTo(400))
                .body("[1].activity", not(hasKey("dateEnd")))
                .body("[1].activity", not(hasKey("description")))
                .body("[1].activity.url", equalTo("http://twitch.example/1998"))
                .body("[1].activity", not(hasKey("microsoftEvent")))
                .body("[1].activity", not(hasKey("inPersonAttendees")));
        anonymous().queryParam("format", "xml").get("/api/contributions/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
