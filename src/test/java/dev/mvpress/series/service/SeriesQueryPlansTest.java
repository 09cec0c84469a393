package dev.mvpress.series.service;

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

import dev.mvpress.post.Visibility;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.Plans;

/**
 * The series statements on 50,000 posts, 5,000 of them in 500 series, read with EXPLAIN: a page's places and a
 * series' parts come off post_series_idx, never a scan of every post. The data lives in one transaction that is
 * rolled back, so no other test sees it.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SeriesQueryPlansTest {

    @Test
    void placesAndPartsUseTheSeriesIndex() throws Exception {
        try (Connection db = Plans.connect()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.execute("set local session_replication_role = replica");
                sql.execute("""
                        insert into series (id, slug, name, created_at, updated_at, version)
                        select gen_random_uuid(), 'plan-series-' || g, 'Plan series ' || g, now(), now(), 0
                        from generate_series(0, 499) g""");
                sql.execute(
                        """
                                insert into post (id, slug, title, excerpt, markdown, html, body_text, status, published_at,
                                                  metadata, word_count, reading_time_minutes, created_at, updated_at, version,
                                                  contribution_logged, series_id, series_position)
                                select gen_random_uuid(), 'series-plan-' || g, 'Post ' || g, 'e', 'b', '<p>b</p>', 'b',
                                       'published', now() - g * interval '1 minute', '{}', 10, 1, now(), now(), 0, true,
                                       case when g % 10 = 0 then (select s.id from series s where s.slug = 'plan-series-' || (g / 10 % 500))
                                       end,
                                       case when g % 10 = 0 then 1 + g / 5000 end
                                from generate_series(1, 50000) g""");
                sql.execute("analyze post");
                sql.execute("analyze series");
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = sql.executeQuery("select id from post where series_id is not null limit 20")) {
                    while (rs.next()) {
                        ids.add("'" + rs.getString(1) + "'");
                    }
                }
                String idList = String.join(", ", ids);
                for (Visibility visibility : Visibility.values()) {
                    String places = SeriesQueries.places(visibility).replace(":ids", idList).replace(":now", "now()");
                    assertIndexed("places " + visibility, Plans.explain(sql, places));
                    String parts = SeriesQueries.parts(visibility)
                            .replace(":series", "(select id from series where slug = 'plan-series-7')")
                            .replace(":now", "now()");
                    assertIndexed("parts " + visibility, Plans.explain(sql, parts));
                }
            } finally {
                db.rollback();
            }
        }
    }

    private static void assertIndexed(String what, String plan) {
        assertTrue(plan.contains("post_series_idx"), what + " does not use post_series_idx:\n" + plan);
        assertFalse(plan.contains("Seq Scan on post"), what + " scans every post:\n" + plan);
    }
}
