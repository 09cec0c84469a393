package dev.mvpress.change;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
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

import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;
import dev.mvpress.web.TimeSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

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
}
