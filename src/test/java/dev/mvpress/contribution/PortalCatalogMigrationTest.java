package dev.mvpress.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.mvpress.contribution.service.ContributionQueries;
import dev.mvpress.devdb.EmbeddedPostgresLauncher;

/**
 * V10 moves a database filled with the old, guessed catalog to the portal's: every old key maps to the
 * portal's name for it, and what has no portal equivalent stays and is flagged, never silently moved.
 */
class PortalCatalogMigrationTest {

    private static EmbeddedPostgres postgres;
    private static String url;

    @BeforeAll
    static void migrateAnOldDatabase() throws Exception {
        postgres = EmbeddedPostgresLauncher.startEphemeral();
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("create database old_catalog");
        }
        url = postgres.getJdbcUrl(EmbeddedPostgresLauncher.USER, "old_catalog");
        flyway("9").migrate();
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresLauncher.USER, "");
                Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into contribution (id, type_key, title, date, technology_area_key, additional_technology_areas,
                        target_audiences, role, metrics, created_at, updated_at) values
                    ('00000000-0000-0000-0000-000000000001', 'video', 'Agents live — Folge 1', '2025-03-01',
                     'azure-ai-services', '["azure-machine-learning", "ai-agents", "dotnet"]', '["developer"]',
                     'co-presenter', '{"views": 900}', now(), now()),
                    ('00000000-0000-0000-0000-000000000002', 'article', 'Copilot tips for Excel users', '2025-04-01',
                     'microsoft-365-copilot', '["excel"]', '["business-decision-maker"]', 'author', '{"views": 10}',
                     now(), now()),
                    ('00000000-0000-0000-0000-000000000003', 'other', 'Hackathon jury', '2025-05-01', 'dynamics-365',
                     '[]', '["student"]', 'organizer', '{}', now(), now()),
                    ('00000000-0000-0000-0000-000000000004', 'user-group-owner', 'København .NET', '2025-06-01',
                     'intune', '["microsoft-sentinel"]', '["it-pro"]', 'owner',
                     '{"inPersonAttendees": 60, "sessions": 4}', now(), now()),
                    ('00000000-0000-0000-0000-000000000005', 'podcast', 'Guest on Cloud Talk', '2025-07-01',
                     'azure-cloud-native', '[]', '["developer"]', 'guest', '{"onDemandViews": 3000}', now(), now()),
                    ('00000000-0000-0000-0000-000000000006', 'speaker-third-party-event', 'SIEM panel', '2025-08-01',
                     'microsoft-sentinel', '["identity-and-access"]', '["it-pro"]', 'panelist',
                     '{"inPersonAttendees": 200, "sessions": 1}', now(), now()),
                    ('00000000-0000-0000-0000-000000000007', 'open-source', 'Power BI theme generator', '2025-09-01',
                     'power-bi', '[]', '["developer"]', 'maintainer', '{"views": 5}', now(), now())
                    """);
        }
        flyway(null).migrate();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void everyOldKeyMovesToThePortalsNameForIt() throws Exception {
        assertEquals(List.of(
                "1|video|microsoft-foundry|[\"dotnet\"]|presenter|{\"onDemandViews\": 900}",
                "2|blog|m365-copilot|[\"excel\"]|author|{\"numberOfViews\": 10}",
                "3|other|dynamics-365|[]|organizer|{}",
                "4|user-group-owner|microsoft-intune|[\"siem-and-xdr\"]|organizer|{\"numberOfViews\": 60, \"numberOfSessions\": 4}",
                "5|podcast|azure-cloud-native|[]|guest|{\"onDemandViews\": 3000}",
                "6|speaker-third-party-event|siem-and-xdr|[\"identity-and-access\"]|contributor|"
                        + "{\"numberOfSessions\": 1, \"inPersonAttendees\": 200}",
                "7|open-source|power-bi|[]|author|{\"numberOfViews\": 5}"),
                rows("select right(id::text, 1), type_key, technology_area_key, additional_technology_areas::text, role,"
                        + " metrics::text from contribution order by id"));
    }

    @Test
    void whatThePortalDoesNotHaveStaysFlaggedAndTheCatalogIsThePortals() throws Exception {
        assertEquals(List.of("3", "4", "5"), rows("select right(c.id::text, 1) from contribution c where "
                + ContributionQueries.UNKNOWN_NAMES + " order by c.id"),
                "the retired type 'other', the areas with no portal equivalent, the role 'guest' the podcast type"
                        + " lost, and the user group's sessions, a count its type does not have");
        assertEquals(List.of("azure-cloud-native|Azure Cloud Native", "dynamics-365|Dynamics 365",
                "microsoft-defender|Microsoft Defender"),
                rows("select key, name from technology_area where not in_portal order by key"));
        assertEquals(List.of("94|11"), rows("select count(*), count(distinct award_category) from technology_area"
                + " where in_portal"));
        assertEquals(List.of("Data Platform"), rows("select award_category from technology_area where key = 'power-bi'"));
        assertEquals(List.of("Cloud and Datacenter Management"),
                rows("select award_category from technology_area where key = 'windows-server'"));
        Set<String> types = new TreeSet<>(rows("select key || '|' || in_portal from contribution_type"));
        assertEquals(new TreeSet<>(List.of("blog|true", "book|true", "content-feedback|true", "mentorship|true",
                "online-support|true", "open-source|true", "other|false", "podcast|true", "product-feedback|true",
                "speaker-microsoft-event|true", "speaker-third-party-event|true", "user-group-owner|true", "video|true")),
                types, "article is gone (its entries are blogs now); other stays, flagged");
    }

    private static List<String> rows(String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresLauncher.USER, "");
                Statement sql = db.createStatement(); ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(result.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(url, EmbeddedPostgresLauncher.USER, "")
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
