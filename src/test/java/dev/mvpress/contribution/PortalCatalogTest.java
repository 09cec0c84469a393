package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.as;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.tokenWith;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dev.mvpress.contribution.api.Metric;
import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * The catalogs, roles, counts, limits and export field names match the portal's reference, read from a
 * copy of its tables (src/test/resources/portal/mvp-portal.md), field by field.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class PortalCatalogTest {

    /** The reference's type table: form name, API name, roles, counts, Microsoft events. */
    record ReferenceType(String name, String apiName, Set<String> roles, Set<String> counts, Set<String> events) {
    }

    static String reference() throws IOException {
        try (InputStream in = PortalCatalogTest.class.getResourceAsStream("/portal/mvp-portal.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> section(String heading) throws IOException {
        String text = reference();
        int start = text.indexOf("\n## " + heading);
        int end = text.indexOf("\n## ", start + 4);
        return List.of(text.substring(start, end < 0 ? text.length() : end).split("\n"));
    }

    /** Category to its areas, from "- Category: a; b; c". */
    static Map<String, Set<String>> referenceAreas() throws IOException {
        Map<String, Set<String>> areas = new LinkedHashMap<>();
        for (String line : section("Technology areas by award category")) {
            if (line.startsWith("- ")) {
                int colon = line.indexOf(": ");
                Set<String> names = new LinkedHashSet<>();
                for (String name : line.substring(colon + 2).split("; ")) {
                    names.add(name.strip());
                }
                areas.put(line.substring(2, colon), names);
            }
        }
        return areas;
    }

    static List<ReferenceType> referenceTypes() throws IOException {
        Map<String, String> countByLabel = new LinkedHashMap<>();
        Metric.LABELS.forEach((api, label) -> countByLabel.put(label.toLowerCase(Locale.ROOT), api));
        List<ReferenceType> types = new ArrayList<>();
        for (String line : section("Activity types, with their roles and counts")) {
            if (!line.startsWith("| ") || line.startsWith("| form name") || line.startsWith("| ---")) {
                continue;
            }
            String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
            String name = cells[0].replaceAll(" \\(.*$", "").strip();
            Matcher apiName = Pattern.compile("API name: `([^`]+)`|send \"([^\"]+)\"").matcher(cells[0]);
            String api = !apiName.find() ? name : apiName.group(1) != null ? apiName.group(1) : apiName.group(2);
            Set<String> roles = new LinkedHashSet<>();
            for (String role : cells[1].replaceAll(";.*$", "").replaceAll("\\([^)]*\\)", "").split(",")) {
                roles.add(role.strip());
            }
            Set<String> events = new LinkedHashSet<>();
            Matcher eventList = Pattern.compile("Microsoft Event \\(([^)]*)\\)").matcher(cells[2]);
            if (eventList.find()) {
                for (String event : eventList.group(1).split(",")) {
                    events.add(event.strip());
                }
            }
            Set<String> counts = new LinkedHashSet<>();
            for (String label : cells[2].replaceAll("\\([^)]*\\)", "").split(",")) {
                String api2 = countByLabel.get(label.strip().toLowerCase(Locale.ROOT));
                if (api2 != null) {
                    counts.add(api2);
                }
            }
            types.add(new ReferenceType(name, api, roles, counts, events));
        }
        return types;
    }

    @Test
    void theTechnologyAreasAreThePortals94InIts11CategoriesVerbatim() throws IOException {
        Map<String, Set<String>> expected = referenceAreas();
        assertEquals(11, expected.size());
        assertEquals(94, expected.values().stream().mapToInt(Set::size).sum());
        JsonPath catalog = anonymous().get("/api/contribution-catalog").then().statusCode(200).extract().jsonPath();
        Map<String, Set<String>> actual = new LinkedHashMap<>();
        for (Map<String, Object> category : catalog.<Map<String, Object>>getList("awardCategories")) {
            Set<String> names = new LinkedHashSet<>();
            for (Object area : (List<?>) category.get("technologyAreas")) {
                names.add((String) ((Map<?, ?>) area).get("name"));
            }
            actual.put((String) category.get("name"), names);
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((category, names) -> assertEquals(names, actual.get(category), category));
        assertEquals(94, anonymous().queryParam("size", 100).get("/api/technology-areas").then().statusCode(200)
                .extract().<Integer>path("page.totalItems"));
    }

    @Test
    void theTypesHaveThePortalsNamesApiNamesRolesCountsAndEvents() throws IOException {
        List<ReferenceType> expected = referenceTypes();
        assertEquals(12, expected.size());
        JsonPath types = anonymous().queryParam("size", 100).get("/api/contribution-types").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(expected.size(), types.getList("items").size(), "the portal's types and no others");
        for (ReferenceType type : expected) {
            Map<String, Object> row = types.getMap("items.find { it.portalName == '" + type.name() + "' }");
            assertTrue(row != null, "no type named " + type.name());
            assertEquals(type.apiName(), row.get("apiName"), type.name());
            if (!type.roles().contains("others unverified")) {
                assertEquals(type.roles(), Set.copyOf((List<?>) row.get("roles")), type.name());
            }
            assertEquals(type.counts(), Set.copyOf((List<?>) row.get("metrics")), type.name());
            assertEquals(type.events(), Set.copyOf((List<?>) row.get("microsoftEvents")), type.name());
        }
    }

    @Test
    void theAudiencesAreThePortals() throws IOException {
        String text = String.join(" ", section("Activity types, with their roles and counts"));
        String line = text.substring(text.indexOf("Target audience"), text.indexOf(".", text.indexOf("Target audience")));
        Set<String> expected = new LinkedHashSet<>();
        for (String name : line.substring(line.indexOf("): ") + 3).replaceAll("\\.$", "").split(",")) {
            expected.add(name.strip());
        }
        assertEquals(expected, Set.copyOf(anonymous().get("/api/contribution-catalog").then().extract()
                .<List<String>>path("targetAudiences")));
    }

    /** "at most 100 characters" of a field in the reference's activity table. */
    static int limit(String field) throws IOException {
        for (String line : section("The activity as the portal's API takes it")) {
            if (line.startsWith("| `" + field + "` ")) {
                Matcher m = Pattern.compile("at most ([0-9,]+)").matcher(line);
                assertTrue(m.find(), line);
                return Integer.parseInt(m.group(1).replace(",", ""));
            }
        }
        throw new AssertionError("no row for " + field);
    }

    @Test
    void theLimitsAreThePortals() throws IOException {
        int title = limit("title");
        int description = limit("description");
        int privateDescription = limit("privateDescription");
        int additional = limit("additionalTechnologyAreas");
        String okay = entry("t".repeat(title), "d".repeat(description), "p".repeat(privateDescription),
                "[\"java\", \"python\"]".replace("\"python\"", additional == 2 ? "\"python\"" : ""));
        String tooLong = entry("t".repeat(title + 1), "d".repeat(description + 1), "p".repeat(privateDescription + 1),
                "[\"java\", \"python\", \"devops\"]");
        author().queryParam("dryRun", true).contentType(ContentType.JSON).body("[" + okay + "," + tooLong + "]")
                .post("/api/contributions/import").then().statusCode(200)
                .body("created", equalTo(1))
                .body("problems.findAll { it.row == 2 }.field", equalTo(List.of("additionalTechnologyAreas", "description",
                        "privateDescription", "title")));
    }

    private static String entry(String title, String description, String privateDescription, String additional) {
        return """
                {"type": "blog", "title": "%s", "description": "%s", "privateDescription": "%s", "date": "2026-02-02",
                 "url": "https://example.com/%s", "technologyArea": "dotnet", "additionalTechnologyAreas": %s,
                 "targetAudiences": ["developer"]}""".formatted(title, description, privateDescription, unique(), additional);
    }

    /** The export's activity fields are fields of the reference's activity table. */
    @Test
    void thePortalExportUsesOnlyTheFieldsOfThePortalsActivity() throws IOException {
        Set<String> fields = new LinkedHashSet<>();
        for (String line : section("The activity as the portal's API takes it")) {
            Matcher m = Pattern.compile("`([a-zA-Z]+)`").matcher(line.startsWith("| `") ? line : "");
            while (m.find()) {
                fields.add(m.group(1));
            }
        }
        assertTrue(fields.containsAll(List.of("activityTypeName", "numberOfViews", "microsoftEvent", "isPrivate")), fields
                .toString());
        author().contentType(ContentType.JSON).body("""
                {"type": "speaker-microsoft-event", "title": "Everything filled %s", "description": "All of it",
                 "privateDescription": "For the MVP team", "date": "1999-05-05", "endDate": "1999-05-06",
                 "url": "https://build.example/1999", "technologyArea": "dotnet", "additionalTechnologyAreas": ["java"],
                 "targetAudiences": ["developer"], "metrics": {"numberOfSessions": 2}, "microsoftEvent": "Other",
                 "microsoftEventOther": "Build Tour Zürich"}""".formatted(unique())).post("/api/contributions").then()
                .statusCode(201);
        JsonPath export = author().queryParam("format", "portal").queryParam("from", "1999-05-05")
                .queryParam("to", "1999-05-05").get("/api/contributions/export").then().statusCode(200).extract().jsonPath();
        Map<String, Object> activity = export.getMap("[0].activity");
        for (String key : activity.keySet()) {
            assertTrue(fields.contains(key), key + " is not a field of the portal's activity: " + fields);
        }
        assertEquals("Build Tour Zürich", activity.get("microsoftEventOther"));
    }

    @Test
    void anOperatorUpdatesTheCatalogFromThePortalsDocument() {
        String catalog = anonymous().get("/api/contribution-catalog").then().statusCode(200).extract().asString();
        as(tokenWith("contributions:write")).contentType(ContentType.JSON).body(catalog).put("/api/contribution-catalog").then()
                .statusCode(403);
        anonymous().contentType(ContentType.JSON).body(catalog).put("/api/contribution-catalog").then().statusCode(401);
        author().contentType(ContentType.JSON).body(catalog).put("/api/contribution-catalog").then().statusCode(200)
                .body("typesAdded", equalTo(List.of())).body("typesChanged", equalTo(List.of()))
                .body("areasAdded", equalTo(List.of())).body("areasChanged", equalTo(List.of()))
                .body("typesRetired", equalTo(List.of())).body("areasRetired", equalTo(List.of()));

        // The portal renames an area, adds one and drops one; an entry on the dropped one is flagged.
        String area = "area-" + unique();
        author().contentType(ContentType.JSON).body("{\"name\": \"Föderierte Suche " + area + "\", \"awardCategory\":"
                + " \"M365\"}").put("/api/technology-areas/" + area).then().statusCode(201);
        String id = author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "On the area the portal drops", "date": "2026-01-05",
                 "technologyArea": "%s", "targetAudiences": ["developer"]}""".formatted(area))
                .post("/api/contributions").then().statusCode(201).extract().path("id");
        String changed = catalog.replace("{\"key\":\"cpp\",\"name\":\"C++\"}", "{\"key\":\"cpp\",\"name\":\"C/C++\"}")
                .replace("{\"key\":\"java\",\"name\":\"Java\"}",
                        "{\"key\":\"java\",\"name\":\"Java\"},\"Agentic DevOps\"");
        assertTrue(!changed.equals(catalog), catalog);
        author().contentType(ContentType.JSON).body(changed).put("/api/contribution-catalog").then().statusCode(200)
                .body("areasAdded", equalTo(List.of("agentic-devops")))
                .body("areasChanged", equalTo(List.of("cpp")))
                .body("areasRetired", equalTo(List.of(area)))
                .body("entriesWithUnknownNames", greaterThanOrEqualTo(1));
        anonymous().get("/api/technology-areas/cpp").then().body("name", equalTo("C/C++"));
        anonymous().get("/api/technology-areas/" + area).then().statusCode(200).body("inPortal", equalTo(false));
        anonymous().queryParam("inPortal", false).queryParam("size", 100).get("/api/technology-areas").then()
                .body("items.key", hasItem(area));
        author().queryParam("unknownNames", true).queryParam("size", 100).get("/api/contributions").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.portalIssues.field", hasItem("technologyArea"));
        author().contentType(ContentType.JSON).body("{\"title\": \"Still on the dropped area\"}")
                .patch("/api/contributions/" + id).then().statusCode(200);
        author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "A new entry on it", "date": "2026-01-06", "technologyArea": "%s",
                 "targetAudiences": ["developer"]}""".formatted(area)).post("/api/contributions").then().statusCode(400)
                .body("errors[0].field", equalTo("technologyArea"))
                .body("errors[0].message", containsString("no longer has"));

        // Back to the portal's catalog as it was.
        author().contentType(ContentType.JSON).body(catalog).put("/api/contribution-catalog").then().statusCode(200)
                .body("areasChanged", equalTo(List.of("cpp"))).body("areasRetired", equalTo(List.of("agentic-devops")));
        author().delete("/api/contributions/" + id).then().statusCode(204);
    }

    @Test
    void aBrokenCatalogDocumentIsA400ThatNamesTheFieldAndChangesNothing() {
        author().contentType(ContentType.JSON).body("""
                {"activityTypes": [{"name": "Blog", "counts": ["likes"]}, {"name": "blog"}],
                 "awardCategories": [{"name": "Developer Technologies", "technologyAreas": [".NET", ".NET"]}]}""")
                .put("/api/contribution-catalog").then().statusCode(400)
                .body("errors.field", equalTo(List.of("activityTypes[0].counts[0]", "activityTypes[1].name",
                        "awardCategories[0].technologyAreas[1]")));
        author().contentType(ContentType.JSON).body("{\"activityTypes\": []}").put("/api/contribution-catalog").then()
                .statusCode(400);
        assertEquals(94, anonymous().queryParam("size", 100).get("/api/technology-areas").then().extract()
                .<Integer>path("page.totalItems"));
    }
}
