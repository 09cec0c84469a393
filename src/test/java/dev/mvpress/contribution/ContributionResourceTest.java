package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ContributionResourceTest {

    static String talk(String title, String date) {
        return """
                {"type": "speaker-third-party-event", "title": "%s", "description": "Demos and Q&A", "date": "%s",
                 "url": "https://conf.example.com/talks/%s", "technologyArea": "dotnet",
                 "additionalTechnologyAreas": ["web-development"], "targetAudiences": ["developer", "student"],
                 "role": "author", "reach": 120, "metrics": {"inPersonAttendees": 120}}""".formatted(title, date,
                title.toLowerCase().replace(' ', '-'));
    }

    static String create(String json) {
        return author().contentType(ContentType.JSON).body(json).post("/api/contributions")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void catalogsSayWhatQuantityAndReachMeanAndWhichRolesAndMetricsATypeAllows() {
        anonymous().queryParam("size", 100).get("/api/contribution-types").then().statusCode(200)
                .body("items.key", hasItem("blog"))
                .body("items.key", hasItem("speaker-third-party-event"))
                .body("items.key", hasItem("content-feedback"))
                .body("page.totalItems", Matchers.greaterThanOrEqualTo(12));
        anonymous().get("/api/contribution-types/blog").then().statusCode(200)
                .body("portalName", equalTo("Blog"))
                .body("quantityLabel", equalTo("Posts"))
                .body("reachLabel", equalTo("Annual unique visitors"))
                .body("roles", equalTo(List.of("Author", "Co-Author", "Contributor")))
                .body("metrics", equalTo(List.of("numberOfViews")));
        anonymous().get("/api/contribution-types/speaker-third-party-event").then()
                .body("quantityLabel", equalTo("Talks")).body("reachLabel", equalTo("Attendees"))
                .body("apiName", equalTo("Third-party event"))
                .body("metrics", equalTo(List.of("inPersonAttendees", "numberOfSessions")));
        anonymous().queryParam("awardCategory", "Developer Technologies").get("/api/technology-areas").then()
                .statusCode(200)
                .body("items.key", Matchers.containsInAnyOrder("dotnet", "cpp", "developer-security",
                        "developer-tools", "devops", "java", "python", "web-development"));
        anonymous().get("/api/technology-areas/dotnet").then().body("name", equalTo(".NET"))
                .body("awardCategory", equalTo("Developer Technologies"));
    }

    @Test
    void theAuthorCanEditTheCatalogsWhenThePortalRenamesThings() {
        String key = "hackathon-" + unique();
        author().contentType(ContentType.JSON)
                .body("{\"portalName\": \"Hackathon\", \"quantityLabel\": \"Hackathons\", \"reachLabel\": \"Participants\","
                        + " \"roles\": [\"Judge\", \"Mentor\"], \"metrics\": [\"inPersonAttendees\"]}")
                .put("/api/contribution-types/" + key).then().statusCode(201)
                .header("Location", endsWith("/api/contribution-types/" + key));
        author().contentType(ContentType.JSON).body("{\"portalName\": \"Hackathon Judge\"}")
                .patch("/api/contribution-types/" + key).then().statusCode(200)
                .body("portalName", equalTo("Hackathon Judge")).body("roles", equalTo(List.of("Judge", "Mentor")));
        author().contentType(ContentType.JSON).body("{\"portalName\": \"x\", \"quantityLabel\": \"x\", \"reachLabel\": \"x\","
                + " \"metrics\": [\"likes\"]}").put("/api/contribution-types/" + key).then().statusCode(400)
                .body("errors[0].field", equalTo("metrics[0]"));
        String id = create("""
                {"type": "%s", "title": "Judged", "date": "2026-02-02", "technologyArea": "dotnet",
                 "targetAudiences": ["student"], "role": "judge"}""".formatted(key));
        author().delete("/api/contribution-types/" + key).then().statusCode(409);
        author().delete("/api/contributions/" + id).then().statusCode(204);
        author().delete("/api/contribution-types/" + key).then().statusCode(204);
        anonymous().contentType(ContentType.JSON).body("{\"name\": \"x\", \"awardCategory\": \"y\"}")
                .put("/api/technology-areas/x-" + unique()).then().statusCode(401);
        String area = "area-" + unique();
        author().contentType(ContentType.JSON).body("{\"name\": \"Aspire\", \"awardCategory\": \"Developer Technologies\"}")
                .put("/api/technology-areas/" + area).then().statusCode(201);
        author().contentType("application/merge-patch+json").body("{\"name\": \".NET Aspire\"}")
                .patch("/api/technology-areas/" + area).then().statusCode(200).body("name", equalTo(".NET Aspire"));
        // Rows a test adds leave the portal's catalog as it was (PortalCatalogTest compares it with the portal's).
        author().delete("/api/technology-areas/" + area).then().statusCode(204);
    }

    @Test
    void loggingAnActivityKeepsEveryField() {
        String title = "Minimal APIs " + unique();
        String id = create(talk(title, "2026-03-14"));
        anonymous().get("/api/contributions/" + id).then().statusCode(200)
                .body("type", equalTo("speaker-third-party-event"))
                .body("title", equalTo(title))
                .body("date", equalTo("2026-03-14"))
                .body("endDate", nullValue())
                .body("technologyArea", equalTo("dotnet"))
                .body("additionalTechnologyAreas", equalTo(List.of("web-development")))
                .body("targetAudiences", equalTo(List.of("developer", "student")))
                .body("role", equalTo("author"))
                .body("quantity", equalTo(1))
                .body("reach", equalTo(120))
                .body("metrics.inPersonAttendees", equalTo(120))
                .body("private", equalTo(false))
                .body("$", not(hasKey("privateDescription")));
    }

    @Test
    void leavingOutTheRoleTakesTheTypesFirstRole() {
        String id = create("""
                {"type": "podcast", "title": "Episode %s", "date": "2026-01-01", "technologyArea": "java",
                 "targetAudiences": ["developer"]}""".formatted(unique()));
        anonymous().get("/api/contributions/" + id).then().body("role", equalTo("host"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown type|\"type\": \"tweet\"|type|blog",
            "unknown area|\"technologyArea\": \"cobol\"|technologyArea|technology-areas",
            "role not allowed for the type|\"role\": \"host\"|role|author, contributor",
            "role the portal does not have|\"role\": \"panelist\"|role|author, contributor",
            "area the portal no longer has|\"technologyArea\": \"dynamics-365\"|technologyArea|no longer has 'Dynamics 365'",
            "microsoft event on a third-party talk|\"microsoftEvent\": \"Ignite\"|microsoftEvent|speaker-microsoft-event",
            "metric not allowed for the type|\"metrics\": {\"subscriberBase\": 5}|metrics.subscriberBase|inPersonAttendees",
            "unknown metric|\"metrics\": {\"likes\": 5}|metrics.likes|allowed",
            "negative metric|\"metrics\": {\"inPersonAttendees\": -1}|metrics.inPersonAttendees|0",
            "title over 100 characters|\"title\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"|title|100",
            "description over 1000 characters|\"description\": \"DESC\"|description|1000",
            "private description over 1000 characters|\"privateDescription\": \"DESC\"|privateDescription|1000",
            "third additional area|\"additionalTechnologyAreas\": [\"java\", \"python\", \"devops\"]|additionalTechnologyAreas|2",
            "additional area repeats the primary|\"additionalTechnologyAreas\": [\"dotnet\"]|additionalTechnologyAreas[0]|primary",
            "additional area twice|\"additionalTechnologyAreas\": [\"java\", \"java\"]|additionalTechnologyAreas[1]|twice",
            "unknown additional area|\"additionalTechnologyAreas\": [\"cobol\"]|additionalTechnologyAreas[0]|technology area",
            "relative url|\"url\": \"/talks/mine\"|url|absolute",
            "url with another scheme|\"url\": \"ftp://example.com/x\"|url|absolute",
            "end before start|\"endDate\": \"2026-03-13\"|endDate|before",
            "no audience|\"targetAudiences\": []|targetAudiences|at least one",
            "unknown audience|\"targetAudiences\": [\"gamers\"]|targetAudiences[0]|developer, it-pro",
            "negative quantity|\"quantity\": -1|quantity|0",
            "negative reach|\"reach\": -5|reach|0",
            "bad date|\"date\": \"2026-02-30\"|date|2024-05-01",
            "missing title|\"title\": null|title|blank",
            "unknown post|\"postSlug\": \"no-such-post-anywhere\"|postSlug|no post",
    })
    void badInputIsA400ThatNamesTheFieldAndSaysWhatIsAllowed(String name, String override, String field, String hint) {
        String json = talk("Validation " + unique(), "2026-03-14");
        String key = override.substring(1, override.indexOf('"', 1));
        String value = override.substring(override.indexOf(':') + 1).strip().replace("DESC", "d".repeat(1001));
        json = json.replaceFirst("\"" + key + "\": (\\[[^\\]]*\\]|\\{[^}]*\\}|\"[^\"]*\"|[0-9]+),?", "")
                .replaceFirst("\\{", "{\"" + key + "\": " + value + ",").replaceAll(",\\s*}", "}");
        author().contentType(ContentType.JSON).body(json).post("/api/contributions").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(hint));
    }

    @Test
    void privateEntriesAndPrivateDescriptionsExistOnlyForTheAuthor() {
        String id = unique();
        String year = "1991";
        String publicId = create("""
                {"type": "blog", "title": "Public %s", "date": "%s-05-01", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "privateDescription": "secret notes", "reach": 10}""".formatted(id, year));
        String privateId = create("""
                {"type": "blog", "title": "Private %s", "date": "%s-05-02", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "private": true, "reach": 1000}""".formatted(id, year));

        anonymous().get("/api/contributions/" + privateId).then().statusCode(404);
        anonymous().get("/api/contributions/" + publicId).then().statusCode(200).body("$", not(hasKey("privateDescription")));
        author().get("/api/contributions/" + publicId).then().body("privateDescription", equalTo("secret notes"));
        author().get("/api/contributions/" + privateId).then().statusCode(200).body("private", equalTo(true));

        anonymous().queryParam("year", year).queryParam("q", id).get("/api/contributions").then()
                .body("items.id", equalTo(List.of(publicId))).body("page.totalItems", equalTo(1));
        author().queryParam("year", year).queryParam("q", id).get("/api/contributions").then()
                .body("page.totalItems", equalTo(2));

        String from = year + "-01-01";
        String to = year + "-12-31";
        anonymous().queryParam("from", from).queryParam("to", to).get("/api/contributions/summary").then()
                .body("totals.count", equalTo(1)).body("totals.reach", equalTo(10));
        author().queryParam("from", from).queryParam("to", to).get("/api/contributions/summary").then()
                .body("totals.count", equalTo(2)).body("totals.reach", equalTo(1010));

        String csv = anonymous().queryParam("from", from).queryParam("to", to).get("/api/contributions/export")
                .then().statusCode(200).extract().asString();
        Assertions.assertTrue(csv.contains("Public " + id));
        Assertions.assertFalse(csv.contains("Private " + id));
        Assertions.assertFalse(csv.contains("secret notes"));
        anonymous().queryParam("format", "portal").queryParam("from", from).queryParam("to", to)
                .get("/api/contributions/export").then().statusCode(200)
                .body("activity.title", equalTo(List.of("Public " + id)))
                .body("[0].activity", not(hasKey("privateDescription")));
        author().queryParam("format", "portal").queryParam("from", from).queryParam("to", to)
                .get("/api/contributions/export").then()
                .body("activity.title", equalTo(List.of("Public " + id, "Private " + id)))
                .body("[0].activity.privateDescription", equalTo("secret notes"))
                .body("[1].activity.isPrivate", equalTo(true));
    }

    @Test
    void listsFilterByTypeAreaAndPeriodNewestFirst() {
        String id = unique();
        String a = create(talk("Filter A " + id, "1992-03-01"));
        String b = create(talk("Filter B " + id, "1992-04-01"));
        String c = create("""
                {"type": "open-source", "title": "Filter C %s", "date": "1992-05-01", "technologyArea": "java",
                 "targetAudiences": ["developer"], "role": "author"}""".formatted(id));
        anonymous().queryParam("year", 1992).queryParam("q", id).get("/api/contributions").then()
                .body("items.id", equalTo(List.of(c, b, a)));
        anonymous().queryParam("year", 1992).queryParam("q", id).queryParam("sort", "date").get("/api/contributions")
                .then().body("items.id", equalTo(List.of(a, b, c)));
        anonymous().queryParam("year", 1992).queryParam("type", "open-source").get("/api/contributions").then()
                .body("items.id", hasItem(c)).body("items.id", not(hasItem(a)));
        anonymous().queryParam("year", 1992).queryParam("technologyArea", "web-development").get("/api/contributions")
                .then().body("items.id", hasItem(a)).body("items.id", not(hasItem(c)));
        anonymous().queryParam("from", "1992-03-15").queryParam("to", "1992-04-30").queryParam("q", id)
                .get("/api/contributions").then().body("items.id", equalTo(List.of(b)));
        anonymous().queryParam("year", 1992).queryParam("from", "1992-01-01").get("/api/contributions").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        anonymous().queryParam("q", "\"Filter B " + id + "\"").get("/api/contributions").then()
                .body("items.id", equalTo(List.of(b)))
                .body("items[0].snippet", containsString("<mark>"))
                .body("items[0].snippet", containsString("Demos and Q&amp;A"));
        anonymous().queryParam("year", 1992).get("/api/contributions").then().body("items[0]", not(hasKey("snippet")));
    }

    @Test
    void putReplacesOrCreatesUnderAClientChosenIdAndPatchMerges() {
        String id = UUID.randomUUID().toString();
        String title = "Put " + unique();
        author().contentType(ContentType.JSON).body(talk(title, "2026-06-01")).put("/api/contributions/" + id)
                .then().statusCode(201).header("Location", endsWith("/api/contributions/" + id));
        int version = author().contentType(ContentType.JSON).body(talk(title, "2026-06-01")).put("/api/contributions/" + id)
                .then().statusCode(200).extract().path("version");
        author().contentType("application/merge-patch+json").body("{\"reach\": 300, \"metrics\": {\"numberOfSessions\": 2}}")
                .patch("/api/contributions/" + id).then().statusCode(200)
                .body("reach", equalTo(300))
                .body("metrics.inPersonAttendees", equalTo(120))
                .body("metrics.numberOfSessions", equalTo(2))
                .body("version", equalTo(version + 1));
        author().contentType(ContentType.JSON).body("{\"endDate\": \"2026-05-01\"}").patch("/api/contributions/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        author().contentType(ContentType.JSON).body(talk(title, "2026-06-01")).put("/api/contributions/not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        author().delete("/api/contributions/" + id).then().statusCode(204);
        author().get("/api/contributions/" + id).then().statusCode(404);
        anonymous().get("/api/contributions/not-a-uuid").then().statusCode(404);
    }
}
