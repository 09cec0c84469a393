package dev.mvpress.post;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import dev.mvpress.support.EmbeddedPostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The list, cursor, tag, search and related-posts queries on 100,000 published posts (3 tags each
 * out of 50), read with EXPLAIN ANALYZE. The data lives in one transaction that is rolled back, so
 * no other test sees it. The statements are the shapes PostReads issues. Timings are printed for
 * the record, never asserted; the plans are.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class QueryPlansAt100kTest {

    // The visibility rule as the services use it, at the database's clock.
    private static final String VISIBLE = atNow(Visibility.POST_SQL);

    private static String atNow(String fragment) {
        return fragment.replace(":now", "now()");
    }

    @Test
    void listCursorTagSearchAndRelatedQueriesUseIndexesAt100kPosts() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                long started = System.nanoTime();
                // Triggers off for the bulk load: the change log is not under test here.
                sql.execute("set local session_replication_role = replica");
                sql.execute("""
                        insert into tag (id, slug, name, created_at, updated_at, version)
                        select gen_random_uuid(), 'plan-tag-' || g, 'Plan tag ' || g, now(), now(), 0
                        from generate_series(0, 49) g""");
                sql.execute("""
                        insert into post (id, slug, title, description, excerpt, markdown, html, body_text, status,
                                          published_at, metadata, word_count, reading_time_minutes, created_at, updated_at,
                                          version, contribution_logged)
                        select gen_random_uuid(), 'plan-' || g,
                               'Post ' || g || ' on ' || (array['kubernetes', 'dotnet', 'azure', 'python', 'rust'])[1 + g % 5],
                               'About topic ' || (g % 997), 'e', 'b', '<p>b</p>',
                               'Notes on topic ' || (g % 997) || ' with ' || (array['pipelines', 'caching', 'testing'])[1 + g % 3],
                               'published', now() - g * interval '1 minute', '{}', 10, 1, now(), now(), 0, true
                        from generate_series(1, 100000) g""");
                sql.execute("""
                        insert into post_tag (post_id, tag_id, position)
                        select p.id, t.id, k
                        from post p cross join generate_series(0, 2) k
                        join tag t on t.slug = 'plan-tag-' || ((abs(hashtext(p.slug)) + k * 17) % 50)
                        where p.slug like 'plan-%'""");
                // What the triggers would have kept: each tag's listing and the tallies (V8).
                sql.execute("select post_listing_rebuild()");
                sql.execute("analyze post");
                sql.execute("analyze post_tag");
                sql.execute("analyze tag");
                System.out.printf("Loaded 100,000 posts in %d ms%n", (System.nanoTime() - started) / 1_000_000);

                String cursorKey;
                String cursorId;
                try (ResultSet row = sql.executeQuery("select cast(p.published_at as text), p.id from post p where " + VISIBLE
                        + " order by p.published_at desc nulls last, p.id desc offset 5000 limit 1")) {
                    row.next();
                    cursorKey = row.getString(1);
                    cursorId = row.getString(2);
                }
                String tagId;
                try (ResultSet row = sql.executeQuery("select id from tag where slug = 'plan-tag-7'")) {
                    row.next();
                    tagId = row.getString(1);
                }
                String postId;
                try (ResultSet row = sql.executeQuery("select id from post where slug = 'plan-50000'")) {
                    row.next();
                    postId = row.getString(1);
                }

                Map<String, String> queries = new LinkedHashMap<>();
                queries.put("newest 20 published", "select p.id from post p where " + VISIBLE
                        + " order by p.published_at desc nulls last, p.id desc limit 21");
                queries.put("cursor page 5,000 deep", "select p.id from post p where " + VISIBLE
                        + " and (p.published_at, p.id) < (cast('" + cursorKey + "' as timestamptz), '" + cursorId + "')"
                        + " order by p.published_at desc nulls last, p.id desc limit 21");
                String ofTag = "select p.id from (select pt.post_id as id, pt.published_at from post_tag pt"
                        + " where pt.tag_id = (select t.id from tag t where t.slug = 'plan-tag-7') and " + atNow(Visibility.TAGGED_POST_SQL) + ") p";
                queries.put("newest 20 of one tag", ofTag + " order by p.published_at desc nulls last, p.id desc limit 21");
                queries.put("tag page, deep cursor", ofTag + " where (p.published_at, p.id) < (cast('" + cursorKey
                        + "' as timestamptz), '" + cursorId + "') order by p.published_at desc nulls last, p.id desc limit 21");
                queries.put("total of all posts", "select coalesce((select listed from post_tally"
                        + " where tag_id = '00000000-0000-0000-0000-000000000000'), 0)"
                        + " - (select count(*) from post p where " + atNow(Visibility.SCHEDULED_POST_SQL) + ")");
                queries.put("total of one tag", "select coalesce((select listed from post_tally where tag_id = t.id), 0)"
                        + " - (select count(*) from post_tag pt where pt.tag_id = t.id and " + atNow(Visibility.TAGGED_SCHEDULED_POST_SQL) + ")"
                        + " from tag t where t.slug = 'plan-tag-7'");
                queries.put("full-text search", "select p.id from post p where " + VISIBLE
                        + " and p.search @@ websearch_to_tsquery('english', 'kubernetes caching')"
                        + " order by ts_rank(p.search, websearch_to_tsquery('english', 'kubernetes caching')) desc, p.id desc limit 21");
                queries.put("related posts", "select c.post_id from post_tag mine cross join lateral ("
                        + " select pt.post_id, pt.published_at from post_tag pt where pt.tag_id = mine.tag_id"
                        + " and " + atNow(Visibility.TAGGED_POST_SQL) + " and pt.post_id <> mine.post_id"
                        + " order by pt.published_at desc nulls last, pt.post_id desc limit 500) c"
                        + " where mine.post_id = '" + postId + "' group by c.post_id, c.published_at"
                        + " order by count(*) desc, c.published_at desc, c.post_id desc limit 3");
                queries.put("post by slug", "select * from post p where p.slug = 'plan-77777'");

                for (var query : queries.entrySet()) {
                    String plan = explain(db, query.getValue());
                    System.out.printf("%n== %s ==%n%s%n", query.getKey(), plan);
                    assertFalse(plan.contains("Seq Scan on post "), query.getKey() + " scans the whole post table:\n" + plan);
                    assertFalse(plan.contains("Seq Scan on post_tag "), query.getKey() + " scans every post's tags:\n" + plan);
                }
                String newest = explain(db, queries.get("newest 20 published"));
                assertTrue(newest.contains("published_idx") && !newest.contains("Sort"),
                        "the newest posts come from the index in order, with no sort:\n" + newest);
                String deep = explain(db, queries.get("cursor page 5,000 deep"));
                assertTrue(deep.contains("Index Cond") && !deep.contains("Sort"),
                        "a deep cursor page starts the index scan at the cursor:\n" + deep);
                assertTrue(rowsRead(deep) < 100, "a deep cursor page reads about one page of rows:\n" + deep);
                for (String tagPage : List.of("newest 20 of one tag", "tag page, deep cursor")) {
                    String plan = explain(db, queries.get(tagPage));
                    assertTrue(plan.contains("post_tag_listed_idx") && !plan.contains("Sort") && mostRows(plan) < 100,
                            tagPage + " comes off the tag's listing index in order, one page of rows:\n" + plan);
                }
                String related = explain(db, queries.get("related posts"));
                assertTrue(mostRows(related) <= 3 * 500, "related posts rank at most 500 candidates per tag:\n" + related);
                for (String total : List.of("total of all posts", "total of one tag")) {
                    String plan = explain(db, queries.get(total));
                    assertTrue(mostRows(plan) < 100, total + " reads a tally, not every post:\n" + plan);
                }
                assertTrue(explain(db, queries.get("full-text search")).contains("post_search_idx"),
                        "search goes through the GIN index");
                assertTrue(explain(db, queries.get("post by slug")).contains("post_slug_key"));
            } finally {
                db.rollback();
            }
        }
    }

    private static String explain(Connection db, String query) throws Exception {
        try (PreparedStatement explain = db.prepareStatement("explain (analyze, costs off, timing on, summary on) " + query);
                ResultSet lines = explain.executeQuery()) {
            StringBuilder plan = new StringBuilder();
            while (lines.next()) {
                plan.append(lines.getString(1)).append('\n');
            }
            return plan.toString();
        }
    }

    /** Rows the top index scan produced, from "(actual time=... rows=N loops=1)". */
    /** The most rows any node of the plan produced. */
    private static long mostRows(String plan) {
        var matcher = java.util.regex.Pattern.compile("actual time=[\\d.]+\\.\\.[\\d.]+ rows=(\\d+)").matcher(plan);
        long most = 0;
        while (matcher.find()) {
            most = Math.max(most, Long.parseLong(matcher.group(1)));
        }
        return most;
    }

    private static long rowsRead(String plan) {
        var matcher = java.util.regex.Pattern.compile("Index (?:Only )?Scan.*?rows=(\\d+)", java.util.regex.Pattern.DOTALL).matcher(plan);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : Long.MAX_VALUE;
    }
}
