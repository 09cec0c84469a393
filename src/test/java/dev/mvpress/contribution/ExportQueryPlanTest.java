package dev.mvpress.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.mvpress.contribution.service.ContributionQueries;
import dev.mvpress.contribution.service.ContributionQuery;
import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.post.Visibility;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.Plans;

/**
 * The export's one statement on twenty years of 2,000 entries each (1920 to 1939; one in ten private, one in
 * twenty linked to a post), read with EXPLAIN for a year: a range scan of an index on the date (never a scan of
 * the table), the linked post by its primary key (never a scan of the posts, nor a hash of them). The rows are
 * written with the triggers off, vacuumed, and deleted again at the end. A year is a twentieth of the rows: at a
 * tenth, reading the year through the index cost only 12 % less than reading the table in PostgreSQL's
 * estimate, too close for a plan a test relies on.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ExportQueryPlanTest {

    @Inject
    ContributionQueries queries;

    @Test
    void aYearOfTheExportIsARangeScanOfADateIndex() throws Exception {
        try (Connection db = Plans.connect()) {
            try (Statement sql = db.createStatement()) {
                sql.execute("set session_replication_role = replica");
                sql.execute("""
                        insert into post (id, slug, title, excerpt, markdown, html, body_text, status, published_at,
                                          metadata, word_count, reading_time_minutes, created_at, updated_at, version,
                                          contribution_logged)
                        select gen_random_uuid(), 'export-plan-' || g, 'Post ' || g, 'e', 'b', '<p>b</p>', 'b',
                               case when g % 4 = 0 then 'draft' else 'published' end, now() - g * interval '1 hour',
                               '{}', 10, 1, now(), now(), 0, true
                        from generate_series(1, 2000) g""");
                sql.execute(
                        """
                                insert into contribution (id, type_key, title, description, date, url, technology_area_key,
                                                          additional_technology_areas, target_audiences, metrics, private,
                                                          post_id, created_at, updated_at)
                                select gen_random_uuid(), (array['video', 'blog', 'mentorship'])[1 + g % 3], 'Plan ' || g,
                                       'Über ' || g, date '1920-01-01' + (g % 7300), 'https://example.com/' || g,
                                       (array['dotnet', 'java', 'python'])[1 + g % 3], '[]', '["developer"]',
                                       jsonb_build_object('numberOfViews', g), g % 10 = 0,
                                       case when g % 20 = 0 then (select p.id from post p where p.slug = 'export-plan-' || (1 + g % 2000)) end,
                                       now() - g * interval '1 second', now()
                                from generate_series(1, 40000) g""");
                sql.execute("vacuum analyze contribution");
                sql.execute("vacuum analyze post");
                LocalDate from = LocalDate.of(1934, 1, 1);
                LocalDate to = LocalDate.of(1934, 12, 31);
                for (Visibility visibility : Visibility.values()) {
                    SqlStatement where = queries.where(ContributionQuery.period(from, to), visibility);
                    String statement = inline(ContributionQueries.exportRowsSql(where), where.params());
                    long rows = Plans.count(sql, "select count(*) from (" + statement + ") e");
                    assertEquals(Plans.count(sql, inline(ContributionQueries.countSql(where), where.params())), rows);
                    assertTrue(rows > 1500, visibility + ": " + rows);
                    String plan = Plans.explain(sql, statement);
                    assertTrue(plan.contains("Index Cond: ((date >= '1934-01-01'::date) AND (date <= '1934-12-31'::date))"),
                            visibility + ": a range scan of an index on the date:\n" + plan);
                    assertFalse(plan.contains("Seq Scan on contribution"), plan);
                    assertTrue(plan.contains("Index Scan using post_pkey on post lp"), "the linked post by its key:\n" + plan);
                    assertFalse(plan.contains("Seq Scan on post") || plan.contains("hashed SubPlan"),
                            "the linked posts are read by key, not all of them into a hash:\n" + plan);
                    // PostgreSQL may read the year through a bitmap of the index and sort it (its work_mem, not the
                    // application's heap); what it sorts is the year's rows, never the table's.
                    Matcher top = Pattern.compile("rows=(\\d+)").matcher(plan);
                    assertTrue(top.find() && Long.parseLong(top.group(1)) < rows * 2, visibility + ":\n" + plan);
                }
            } finally {
                try (Statement sql = db.createStatement()) {
                    sql.execute("delete from contribution where title like 'Plan %' and date < '1940-01-01'");
                    sql.execute("delete from post where slug like 'export-plan-%'");
                    sql.execute("vacuum analyze contribution");
                    sql.execute("vacuum analyze post");
                }
            }
        }
    }

    /** The statement with its parameters written in, for EXPLAIN. */
    private static String inline(String statement, Map<String, Object> params) {
        String text = statement;
        for (var param : params.entrySet()) {
            text = text.replace(":" + param.getKey(), "'" + param.getValue() + "'");
        }
        return text;
    }
}
