package dev.mvpress.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.Plans;

/**
 * The sitemap's statements on 100,000 more public posts (beside drafts, scheduled and noindex ones), at the
 * protocol's 50,000 URLs a file: the split, and the plans read with EXPLAIN. A file is a range scan of
 * post_sitemap_idx from its first key, in the index's order, the same whichever file it is. The posts are committed and vacuumed
 * (as autovacuum leaves a real table, so that the planner may count on index-only scans), written with the
 * triggers off (no change-log rows, no webhooks), and deleted again at the end.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SitemapQueryPlansTest {

    private static final int MAX = 50_000;

    @Test
    void aHundredThousandPostsSplitAt50000AndEachFileIsARangeScan() throws Exception {
        try (Connection db = Plans.connect()) {
            try (Statement sql = db.createStatement()) {
                sql.execute("set session_replication_role = replica");
                // 100,000 public posts, and per 10 of them a draft, a scheduled post and a noindex one beside.
                sql.execute("""
                        insert into post (id, slug, title, excerpt, markdown, html, body_text, status, published_at,
                                          metadata, word_count, reading_time_minutes, created_at, updated_at, version,
                                          contribution_logged, noindex, translation_key, language)
                        select gen_random_uuid(), 'sitemap-plan-' || g, 'Post ' || g, 'e', 'b', '<p>b</p>', 'b',
                               case when g > 100000 and g % 3 = 0 then 'draft' else 'published' end,
                               case when g > 100000 and g % 3 = 1 then now() + interval '1 day'
                                    else now() - interval '1 hour' - g * interval '1 minute' end,
                               '{}', 10, 1, now(), now() - g * interval '1 second', 0, true,
                               g > 100000 and g % 3 = 2,
                               case when g % 50 = 0 then 'plan-' || (g / 100) end,
                               case when g % 100 = 0 then 'de' end
                        from generate_series(1, 130000) g""");
                sql.execute("vacuum analyze post");
                long visible = Plans.count(sql, "select count(*) from post p where " + FeedQueries.IN_SITEMAP.replace(":now",
                        "now()"));
                assertTrue(visible >= 100_000, "seeded " + visible);

                String files = FeedQueries.SITEMAP_FILES.replace(":max", String.valueOf(MAX)).replace(":now", "now()");
                List<long[]> split = new ArrayList<>();
                List<String[]> firstKeys = new ArrayList<>();
                try (ResultSet rs = sql.executeQuery(files)) {
                    while (rs.next()) {
                        split.add(new long[]{rs.getLong("file"), rs.getLong("urls")});
                        firstKeys.add(new String[]{rs.getString("first_published"), rs.getString("first_id")});
                    }
                }
                long expectedFiles = (visible + 1 + MAX - 1) / MAX;
                assertEquals(expectedFiles, split.size(), "files for " + visible + " posts and the home page");
                assertEquals(MAX - 1, split.get(0)[1], "the first file is the home page and 49,999 posts");
                for (int i = 1; i < split.size() - 1; i++) {
                    assertEquals(MAX, split.get(i)[1], "file " + (i + 1) + " is full");
                }
                assertEquals(visible, split.stream().mapToLong(f -> f[1]).sum(), "every post in one file");

                // The summary is one pass over the sitemap's posts whatever the plan: at 100,000 rows the planner
                // weighs an index-only scan of post_sitemap_idx against a scan and an in-memory sort of the narrow
                // rows, and their costs are within a few percent. The files are what must not grow with the site.
                for (int i = 0; i < split.size(); i++) {
                    String file = fileStatement(firstKeys.get(i), split.get(i)[1]);
                    assertEquals(split.get(i)[1], Plans.count(sql, "select count(*) from (" + file + ") f"),
                            "file " + (i + 1) + " reads its own posts");
                    String plan = Plans.explain(sql, file);
                    assertTrue(plan.contains("post_sitemap_idx") && plan.contains("Index Cond"),
                            "file " + (i + 1) + " is a range scan of the sitemap index:\n" + plan);
                    assertFalse(plan.contains("Seq Scan on post"), plan);
                    // The only sort is of one text's translations (the hreflang alternates), a handful of rows.
                    assertFalse(plan.contains("Sort Key: p."), "file " + (i + 1) + " comes in index order:\n" + plan);
                }
                // The files do not overlap: the last post of a file comes before the first of the next.
                for (int i = 1; i < split.size(); i++) {
                    String previous = fileStatement(firstKeys.get(i - 1), split.get(i - 1)[1]);
                    String next = fileStatement(firstKeys.get(i), split.get(i)[1]);
                    assertEquals(0, Plans.count(sql, "select count(*) from (" + previous + ") a join (" + next
                            + ") b on a.slug = b.slug"), "files " + i + " and " + (i + 1) + " share no post");
                }
            } finally {
                try (Statement sql = db.createStatement()) {
                    sql.execute("delete from post where slug like 'sitemap-plan-%'");
                    sql.execute("vacuum analyze post");
                }
            }
        }
    }

    /** A file's statement from its first key and number of URLs, the values written into the text. */
    private static String fileStatement(String[] firstKey, long urls) {
        return FeedQueries.SITEMAP_FILE.replace(":now", "now()")
                .replace(":published", "'" + firstKey[0] + "'::timestamptz")
                .replace(":id", "'" + firstKey[1] + "'::uuid")
                .replace(":urls", String.valueOf(urls));
    }

}
