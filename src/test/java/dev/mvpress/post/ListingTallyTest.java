package dev.mvpress.post;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * The database keeps list totals and each tag's listing (V8) in step with every kind of write, so the
 * totals a reader sees on the plain and tag lists are the true counts after each of them.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ListingTallyTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    AgroalDataSource db;

    @Test
    void totalsAndTagListingsFollowEveryWrite() throws SQLException {
        String id = unique();
        String a = "ta-" + id;
        String b = "tb-" + id;
        String c = "tc-" + id;
        String draft = author().contentType(ContentType.JSON)
                .body("{\"title\": \"Draft " + id + "\", \"tags\": [\"" + a + "\", \"" + b + "\"]}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        assertConsistent();
        assertListed(a, 0);

        String published = author().contentType(ContentType.JSON)
                .body("{\"title\": \"Published " + id + "\", \"status\": \"published\", \"tags\": [\"" + a + "\", \"" + b
                        + "\", \"" + c + "\"]}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String future = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String scheduled = author().contentType(ContentType.JSON)
                .body("{\"title\": \"Scheduled " + id + "\", \"status\": \"published\", \"publishedAt\": \"" + future
                        + "\", \"tags\": [\"" + a + "\"]}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        assertConsistent();
        // The scheduled post is counted by the tally but is not public yet.
        assertListed(a, 1);
        assertListed(c, 1);

        author().contentType(MERGE_PATCH).body("{\"status\": \"published\"}").patch("/api/posts/" + draft)
                .then().statusCode(200);
        assertConsistent();
        assertListed(a, 2);
        assertListed(b, 2);

        // Reordering and replacing tags updates post_tag rows in place.
        author().contentType(MERGE_PATCH).body("{\"tags\": [\"" + c + "\", \"" + a + "\"]}")
                .patch("/api/posts/" + draft).then().statusCode(200);
        author().contentType(MERGE_PATCH).body("{\"tags\": [\"" + b + "\", \"" + c + "\"]}")
                .patch("/api/posts/" + draft).then().statusCode(200);
        assertConsistent();
        assertListed(a, 1);
        assertListed(b, 2);
        assertListed(c, 2);
        anonymous().queryParam("tag", c).get("/api/posts").then().statusCode(200)
                .body("items.slug", containsInAnyOrder(draft, published));

        // Re-dating the scheduled post to the past makes it public; unpublishing hides one.
        author().contentType(MERGE_PATCH).body("{\"status\": \"published\", \"publishedAt\": \"2020-01-01T00:00:00Z\"}")
                .patch("/api/posts/" + scheduled).then().statusCode(200);
        author().contentType(MERGE_PATCH).body("{\"status\": \"draft\"}").patch("/api/posts/" + published)
                .then().statusCode(200);
        assertConsistent();
        assertListed(a, 1);
        assertListed(b, 1);
        anonymous().queryParam("tag", a).get("/api/posts").then().statusCode(200)
                .body("items.slug", contains(scheduled));

        author().delete("/api/posts/" + draft).then().statusCode(204);
        author().delete("/api/tags/" + a).then().statusCode(204);
        assertConsistent();
        assertListed(b, 0);
        assertListed(c, 0);
    }

    /** What a reader sees on the tag's list (and the plain list) is the count of what it can see. */
    private void assertListed(String tag, long expected) throws SQLException {
        anonymous().queryParam("tag", tag).get("/api/posts").then().statusCode(200)
                .body("page.totalItems", equalTo((int) expected));
        // A page past the end has no row to read the total with; it reads it on its own, the same.
        anonymous().queryParam("tag", tag).queryParam("page", 1000).get("/api/posts").then().statusCode(200)
                .body("items", empty()).body("page.totalItems", equalTo((int) expected));
        long all = anonymous().get("/api/posts").then().statusCode(200).extract().jsonPath().getLong("page.totalItems");
        assertEquals(all, anonymous().queryParam("page", 100000).get("/api/posts").then().statusCode(200).extract()
                .jsonPath().getLong("page.totalItems"), "the plain list's total past its end");
        assertEquals(scalar("select count(*) from post where status <> 'draft' and published_at <= now() and kind = 'post'"),
                all,
                "the plain list's total");
    }

    /** The tallies and post_tag's copy of the listing equal a recount from the rows. */
    private void assertConsistent() throws SQLException {
        assertEquals(0,
                scalar("""
                        select count(*) from post_tag pt join post p on p.id = pt.post_id
                        where pt.published_at is distinct from (case when p.status <> 'draft' and p.kind = 'post' then p.published_at end)"""),
                "post_tag.published_at rows out of step with their posts");
        assertEquals(scalar("select count(*) from post where status <> 'draft' and kind = 'post'"),
                scalar("select listed from post_tally where tag_id = '00000000-0000-0000-0000-000000000000'"),
                "the tally of all posts");
        assertEquals(rows("""
                select t.slug, count(p.id) from tag t left join post_tag pt on pt.tag_id = t.id
                left join post p on p.id = pt.post_id and p.status <> 'draft' and p.kind = 'post' group by t.slug"""),
                rows("select t.slug, coalesce(pt.listed, 0) from tag t left join post_tally pt on pt.tag_id = t.id"),
                "the tally of every tag");
        assertEquals(0, scalar("select count(*) from post_tally where listed < 0"), "negative tallies");
        assertEquals(0, scalar("select count(*) from post_tally pt where listed <> 0 and tag_id <> "
                + "'00000000-0000-0000-0000-000000000000' and not exists (select 1 from tag where id = pt.tag_id)"),
                "tallies left for deleted tags");
    }

    private long scalar(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private Map<String, Long> rows(String sql) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getLong(2));
            }
        }
        return rows;
    }
}
