package dev.mvpress.post;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.post.service.PostBody;
import dev.mvpress.post.service.PostCursor;
import dev.mvpress.post.service.PostQueries;
import dev.mvpress.post.service.PostQuery;
import dev.mvpress.post.service.PostSort;
import dev.mvpress.post.service.StatusFilter;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.Plans;

/**
 * The list, cursor, tag, search and related-posts queries on 100,000 published posts (3 tags each
 * out of 50), read with EXPLAIN ANALYZE. The data lives in one transaction that is rolled back, so
 * no other test sees it. The statements are those PostQueries builds for PostReads, with the
 * parameters bound here and the limit the service's paging adds. Timings are printed for the
 * record, never asserted; the plans are.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class QueryPlansAt100kTest {

    @Test
    void listCursorTagSearchAndRelatedQueriesUseIndexesAt100kPosts() throws Exception {
        try (Connection db = Plans.connect()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                long started = System.nanoTime();
                // Triggers off for the bulk load: the change log is not under test here.
                sql.execute("set local session_replication_role = replica");
                sql.execute("""
                        insert into tag (id, slug, name, created_at, updated_at, version)
                        select gen_random_uuid(), 'plan-tag-' || g, 'Plan tag ' || g, now(), now(), 0
                        from generate_series(0, 49) g""");
                sql.execute(
                        """
                                insert into post (id, slug, title, description, excerpt, markdown, html, body_text, status,
                                                  published_at, metadata, word_count, reading_time_minutes, created_at, updated_at,
                                                  version, contribution_logged)
                                select gen_random_uuid(), 'plan-' || g,
                                       'Post ' || g || ' on ' || (array['kubernetes', 'dotnet', 'azure', 'python', 'rust'])[1 + g % 5],
                                       'About topic ' || (g % 997), 'e', 'b', '<p>b</p>',
                                       'Notes on topic ' || (g % 997) || ' with ' || (array['pipelines', 'caching', 'testing'])[1 + g % 3]
                                           || case when g % 100 = 0 then ' and observability' else '' end,
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

                // The statements exactly as PostQueries builds them for PostReads, with their parameters bound here.
                Instant now = Instant.now();
                SqlStatement published = PostQueries.filter(listing(null), StatusFilter.PUBLISHED, now);
                PostSort newestFirst = PostSort.PUBLISHED_AT_DESC;
                SqlStatement newest = PostQueries.page(newestFirst, published, null, null, now);
                PostCursor cursor;
                List<UUID> firstPage = new ArrayList<>();
                try (PreparedStatement page = Plans.prepare(db, "", newest, " offset 5000 limit 1");
                        ResultSet row = page.executeQuery()) {
                    row.next();
                    cursor = new PostCursor(newestFirst, row.getString(2), row.getObject(1, UUID.class));
                }
                try (PreparedStatement page = Plans.prepare(db, "", newest, " limit 21");
                        ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        firstPage.add(rows.getObject(1, UUID.class));
                    }
                }
                UUID postId;
                try (ResultSet row = sql.executeQuery("select id from post where slug = 'plan-50000'")) {
                    row.next();
                    postId = row.getObject(1, UUID.class);
                }

                Map<String, Bound> queries = new LinkedHashMap<>();
                // The first pages of the plain listing read the listing's total with their ids (PostReads).
                queries.put("newest 20 published",
                        new Bound(PostQueries.listingPage(newestFirst, published, null, now), " limit 21"));
                queries.put("cursor page 5,000 deep",
                        new Bound(PostQueries.page(newestFirst, published, null, cursor, now), " limit 21"));
                queries.put("newest 20 of one tag",
                        new Bound(PostQueries.listingPage(newestFirst, published, "plan-tag-7", now), " limit 21"));
                queries.put("tag page, deep cursor",
                        new Bound(PostQueries.page(newestFirst, published, "plan-tag-7", cursor, now), " limit 21"));
                queries.put("total of all posts", new Bound(PostQueries.LISTED_TOTAL, Map.of("now", now)));
                queries.put("total of one tag",
                        new Bound(PostQueries.LISTED_TOTAL_OF_TAG, Map.of("tag", "plan-tag-7", "now", now)));
                // One post in a hundred matches (1,000, all ranked): a query that selects one post in fifteen sits
                // where PostgreSQL's costs for the GIN index and for reading every row meet, and it took either.
                SqlStatement search =
                        PostQueries.filter(listing("kubernetes observability"), StatusFilter.PUBLISHED, now);
                queries.put("full-text search",
                        new Bound(PostQueries.page(PostSort.RELEVANCE, search, null, null, now), " limit 21"));
                SqlStatement related =
                        new SqlStatement(PostQueries.RELATED, Map.of("id", postId, "now", now));
                queries.put("related posts", new Bound(related, " limit 3"));
                queries.put("posts of a page",
                        new Bound(PostQueries.cards(PostBody.NONE, PostQueries.BY_IDS), Map.of("ids", firstPage)));
                queries.put("post by slug",
                        new Bound(PostQueries.cards(PostBody.HTML, PostQueries.BY_SLUG), Map.of("slug", "plan-77777")));
                queries.put("post page, with its neighbours and the site", new Bound(
                        PostQueries.single(PostBody.HTML, PostQueries.BY_SLUG),
                        Map.of("slug", "plan-50000", "all", false, "now", now)));

                for (var query : queries.entrySet()) {
                    String plan = explain(db, query.getValue());
                    System.out.printf("%n== %s ==%n%s%n", query.getKey(), plan);
                    assertFalse(plan.contains("Seq Scan on post "), query.getKey() + " scans the whole post table:\n" + plan);
                    assertFalse(plan.contains("Seq Scan on post_tag "), query.getKey() + " scans every post's tags:\n" + plan);
                }
                String newestPlan = explain(db, queries.get("newest 20 published"));
                assertTrue(newestPlan.contains("published_idx") && !newestPlan.contains("Sort"),
                        "the newest posts come from the index in order, with no sort:\n" + newestPlan);
                String deep = explain(db, queries.get("cursor page 5,000 deep"));
                assertTrue(deep.contains("Index Cond") && !deep.contains("Sort"),
                        "a deep cursor page starts the index scan at the cursor:\n" + deep);
                assertTrue(rowsRead(deep) < 100, "a deep cursor page reads about one page of rows:\n" + deep);
                for (String tagPage : List.of("newest 20 of one tag", "tag page, deep cursor")) {
                    String plan = explain(db, queries.get(tagPage));
                    assertTrue(plan.contains("post_tag_listed_idx") && !plan.contains("Sort") && mostRows(plan) < 100,
                            tagPage + " comes off the tag's listing index in order, one page of rows:\n" + plan);
                }
                String relatedPlan = explain(db, queries.get("related posts"));
                assertTrue(mostRows(relatedPlan) <= 3 * 500,
                        "related posts rank at most 500 candidates per tag:\n" + relatedPlan);
                for (String total : List.of("total of all posts", "total of one tag")) {
                    String plan = explain(db, queries.get(total));
                    assertTrue(mostRows(plan) < 100, total + " reads a tally, not every post:\n" + plan);
                }
                assertTrue(explain(db, queries.get("full-text search")).contains("post_search_idx"),
                        "search goes through the GIN index");
                assertTrue(explain(db, queries.get("post by slug")).contains("post_slug_key"));
                String pagePlan = explain(db, queries.get("post page, with its neighbours and the site"));
                assertTrue(pagePlan.contains("post_slug_key")
                        && pagePlan.contains("Index Scan using post_public_published_idx")
                        && pagePlan.contains("Index Scan Backward using post_public_published_idx")
                        && !Pattern.compile("Sort Key: n\\w*\\.published_at").matcher(pagePlan).find(),
                        "a post page finds its previous and next posts off the index, in order, with no sort:\n" + pagePlan);
            } finally {
                db.rollback();
            }
        }
    }

    /** A statement of PostQueries with its parameters and what the service's paging adds (the limit). */
    private record Bound(SqlStatement statement, String suffix) {
        Bound(String sql, Map<String, Object> params) {
            this(new SqlStatement(sql, params), "");
        }
    }

    /** The post list query of a plain listing, or of a search for {@code q}. */
    private static PostQuery listing(String q) {
        return new PostQuery(List.of(), null, null, StatusFilter.PUBLISHED, null, q, null);
    }

    private static String explain(Connection db, Bound query) throws Exception {
        return Plans.explain(db, "analyze, costs off, timing on, summary on", query.statement(), query.suffix());
    }

    /** The most rows any node of the plan produced. */
    private static long mostRows(String plan) {
        var matcher = Pattern.compile("actual time=[\\d.]+\\.\\.[\\d.]+ rows=(\\d+)").matcher(plan);
        long most = 0;
        while (matcher.find()) {
            most = Math.max(most, Long.parseLong(matcher.group(1)));
        }
        return most;
    }

    /** Rows the top index scan produced, from "(actual time=... rows=N loops=1)". */
    private static long rowsRead(String plan) {
        var matcher = Pattern.compile("Index (?:Only )?Scan.*?rows=(\\d+)", Pattern.DOTALL).matcher(plan);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : Long.MAX_VALUE;
    }
}
