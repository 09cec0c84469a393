package dev.mvpress.change;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ChangeFeedTest {

    /** Reads every change from the cursor on, as a sync client would, and returns the new cursor. */
    static String drain(Supplier<RequestSpecification> caller, String cursor, List<Map<String, Object>> into) {
        boolean more = true;
        while (more) {
            var request = caller.get().queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            JsonPath page = request.get("/api/changes").then().statusCode(200).extract().jsonPath();
            into.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        return cursor;
    }

    static String now(Supplier<RequestSpecification> caller) {
        return drain(caller, null, new ArrayList<>());
    }

    static List<String> of(List<Map<String, Object>> changes, String id) {
        return changes.stream().filter(c -> id.equals(c.get("id"))).map(c -> (String) c.get("op")).toList();
    }

    @Test
    void createsUpdatesAndDeletesComeInOrderWithTombstones() {
        String cursor = now(Api::author);
        String slug = author().contentType(ContentType.JSON).body("{\"title\": \"Changing " + unique() + "\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String postId = author().get("/api/posts/" + slug).then().extract().path("id");
        author().contentType(ContentType.JSON).body("{\"slug\": \"" + slug + "-v2\"}").patch("/api/posts/" + slug)
                .then().statusCode(200);
        author().delete("/api/posts/" + slug + "-v2").then().statusCode(204);
        String tag = "changes-" + unique();
        author().contentType(ContentType.JSON).body("{\"slug\": \"" + tag + "\", \"name\": \"T\"}").post("/api/tags")
                .then().statusCode(201);
        author().delete("/api/tags/" + tag).then().statusCode(204);
        String entry = author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "Logged", "date": "2026-01-01", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"]}""").post("/api/contributions").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> changes = new ArrayList<>();
        drain(Api::author, cursor, changes);
        assertEquals(List.of("created", "updated", "deleted"), of(changes, postId));
        Map<String, Object> rename = changes.stream().filter(c -> postId.equals(c.get("id")) && "updated".equals(c.get("op")))
                .findFirst().orElseThrow();
        assertEquals(slug + "-v2", rename.get("slug"));
        assertEquals(slug, rename.get("previousSlug"));
        assertEquals(List.of("created"), of(changes, entry));
        List<Map<String, Object>> tagChanges = changes.stream().filter(c -> tag.equals(c.get("slug"))).toList();
        assertEquals(List.of("created", "deleted"), tagChanges.stream().map(c -> c.get("op")).toList());
        assertTrue(changes.indexOf(tagChanges.get(0)) > changes.indexOf(rename), "in the order they were written");
    }

    @Test
    void aTransactionThatStartedEarlierButCommitsLaterIsNotSkipped() throws Exception {
        String cursor = now(Api::author);
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String early = "early-" + unique();
        String late = "late-" + unique();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into tag (id, slug, name, created_at, updated_at, version) values (?, ?, 'Early', now(), now(), 0)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, early);
                insert.executeUpdate();
            }
            // The early transaction holds a lower transaction id and is still open; the late one commits first.
            author().contentType(ContentType.JSON).body("{\"slug\": \"" + late + "\", \"name\": \"Late\"}").post("/api/tags")
                    .then().statusCode(201);
            List<Map<String, Object>> meanwhile = new ArrayList<>();
            cursor = drain(Api::author, cursor, meanwhile);
            assertFalse(meanwhile.stream().anyMatch(c -> late.equals(c.get("slug"))),
                    "the late commit waits until the early transaction ends: " + meanwhile);
            connection.commit();
        }
        List<Map<String, Object>> after = new ArrayList<>();
        drain(Api::author, cursor, after);
        List<Object> slugs = after.stream().map(c -> c.get("slug")).filter(s -> early.equals(s) || late.equals(s)).toList();
        assertEquals(List.of(early, late), slugs, "both arrive, in transaction order, none missed");
    }

    @Test
    void anonymousReadersOnlySeeChangesOfWhatTheyCanSeeAndScheduledPostsGoingLive() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FixedTime clock = new FixedTime(start);
        QuarkusMock.installMockForType(clock, TimeSource.class);
        String cursor = now(Api::anonymous);
        String draft = author().contentType(ContentType.JSON).body("{\"title\": \"Quiet draft " + unique() + "\"}")
                .post("/api/posts").then().statusCode(201).extract().path("id");
        Instant at = start.plus(1, ChronoUnit.HOURS);
        String scheduled = author().contentType(ContentType.JSON).body("{\"title\": \"Later " + unique()
                + "\", \"status\": \"scheduled\", \"publishedAt\": \"" + at + "\"}")
                .post("/api/posts").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> seen = new ArrayList<>();
        cursor = drain(Api::anonymous, cursor, seen);
        assertEquals(List.of(), of(seen, draft));
        assertEquals(List.of(), of(seen, scheduled));

        clock.advanceTo(at.plusSeconds(1));
        List<Map<String, Object>> later = new ArrayList<>();
        drain(Api::anonymous, cursor, later);
        assertEquals(List.of("updated"), of(later, scheduled), "going live is a change for readers: " + later);
        assertEquals(List.of(), of(later, draft));
    }

    @Test
    void aBadCursorIsA400() {
        anonymous().queryParam("since", "nonsense").get("/api/changes").then().statusCode(400);
        anonymous().queryParam("limit", 0).get("/api/changes").then().statusCode(400);
    }

    @Test
    void anonymousReadersSeeNoTraceOfHiddenTagsSlugsOrEntries() {
        String cursor = now(Api::anonymous);
        String readerCursor = now(Api::author);
        String id = unique();
        String word = "Wombat" + id.replaceAll("[0-9]", "");
        String hiddenTag = "verborgen-" + id;
        Api.createMarkdown("---\ntitle: Entwurf " + id + "\ntags: [" + hiddenTag + "]\n---\nKörper");
        Instant at = Instant.now().plus(2, ChronoUnit.DAYS);
        String scheduled = author().contentType(ContentType.JSON).body("{\"title\": \"" + word + " geplant\","
                + " \"status\": \"scheduled\", \"publishedAt\": \"" + at + "\", \"tags\": [\"geplant-" + id + "\"]}")
                .post("/api/posts").then().statusCode(201).extract().path("id");
        String entry = author().queryParam("type", "blog").queryParam("q", word).get("/api/contributions").then()
                .statusCode(200).body("page.totalItems", equalTo(1)).extract().path("items[0].id");
        String privateEntry = author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "Privat %s", "date": "2026-01-05", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "private": true}""".formatted(id))
                .post("/api/contributions").then().statusCode(201).extract().path("id");
        String oldSlug = Api.createPublished("Umbenannt " + id, "offen-" + id);
        String postId = anonymous().get("/api/posts/" + oldSlug).then().statusCode(200).extract().path("id");
        String newSlug = "geheimer-name-" + id;
        author().contentType(ContentType.JSON).body("{\"slug\": \"" + newSlug + "\", \"title\": \"Umbenannt " + id
                + "\", \"status\": \"draft\", \"tags\": [\"offen-" + id + "\"]}").put("/api/posts/" + oldSlug)
                .then().statusCode(200);
        Api.createPublished("Offen " + id, "offen2-" + id);
        author().contentType(ContentType.JSON).body("{\"slug\": \"offen3-" + id + "\"}").patch("/api/tags/offen2-" + id)
                .then().statusCode(200);
        author().delete("/api/tags/" + hiddenTag).then().statusCode(204);

        List<Map<String, Object>> seen = new ArrayList<>();
        drain(Api::anonymous, cursor, seen);
        String text = seen.toString();
        for (String secret : List.of(hiddenTag, "geplant-" + id, newSlug, scheduled, entry, privateEntry)) {
            assertFalse(text.contains(secret), secret + " is in the anonymous changes feed: " + text);
        }
        List<Map<String, Object>> renamed = seen.stream().filter(c -> postId.equals(c.get("id"))).toList();
        assertEquals("updated", renamed.get(renamed.size() - 1).get("op"), "the rename and unpublish is news: " + text);
        assertTrue(renamed.stream().allMatch(c -> oldSlug.equals(c.get("slug")) && c.get("previousSlug") == null), text);
        assertTrue(seen.stream().anyMatch(c -> "tag".equals(c.get("entity")) && ("offen3-" + id).equals(c.get("slug"))
                && ("offen2-" + id).equals(c.get("previousSlug"))), "a public tag's rename is news: " + text);

        List<Map<String, Object>> all = new ArrayList<>();
        drain(Api::author, readerCursor, all);
        String full = all.toString();
        for (String shown : List.of(hiddenTag, newSlug, scheduled, entry, privateEntry)) {
            assertTrue(full.contains(shown), shown + " is missing for a drafts:read caller");
        }
    }
}
