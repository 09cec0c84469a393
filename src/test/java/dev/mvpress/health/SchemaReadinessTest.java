package dev.mvpress.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.mvpress.devdb.EmbeddedPostgresLauncher;

/**
 * Readiness asks Flyway which of this build's migrations the database lacks, so a new migration
 * file keeps instances out of traffic until it is applied, with no version constant to raise.
 * Plain JUnit against a throw-away PostgreSQL: no application starts.
 */
class SchemaReadinessTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startDatabase() {
        postgres = EmbeddedPostgresLauncher.startEphemeral();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void downWhileAnyMigrationOfThisBuildIsMissingAndUpOnceAllAreApplied() throws Exception {
        String url = freshDatabase("readiness_pending");
        String newest = newestMigrationFile();
        SchemaReadiness readiness = new SchemaReadiness(flyway(url, null));

        HealthCheckResponse empty = readiness.call();
        assertEquals(HealthCheckResponse.Status.DOWN, empty.getStatus());
        assertEquals("none", data(empty, "version"));
        assertEquals(newest, data(empty, "expected"));
        assertTrue(data(empty, "hint").contains("migrate step"), empty.getData().toString());

        // All but the newest migration applied: an instance of this build must still wait.
        String previous = Integer.toString(Integer.parseInt(newest) - 1);
        flyway(url, previous).migrate();
        HealthCheckResponse oneBehind = readiness.call();
        assertEquals(HealthCheckResponse.Status.DOWN, oneBehind.getStatus());
        assertEquals(previous, data(oneBehind, "version"));
        assertEquals(newest, data(oneBehind, "expected"));
        assertEquals("1", data(oneBehind, "pending"));

        flyway(url, null).migrate();
        HealthCheckResponse current = readiness.call();
        assertEquals(HealthCheckResponse.Status.UP, current.getStatus());
        assertEquals(newest, data(current, "version"));
    }

    @Test
    void downWithinSecondsWhenTheDatabaseIsAway() {
        SchemaReadiness readiness =
                new SchemaReadiness(flyway("jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=3", null));
        long started = System.nanoTime();
        HealthCheckResponse away = readiness.call();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(HealthCheckResponse.Status.DOWN, away.getStatus());
        assertTrue(took.toSeconds() < 10, "readiness answered after " + took);
    }

    @Test
    void aDatabaseAlreadyMigratedByANewerBuildIsReady() throws Exception {
        // During a rollout the old version serves against the newer schema (migrations only add).
        String url = freshDatabase("readiness_ahead");
        flyway(url, null).migrate();
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresLauncher.USER, "");
                Statement sql = db.createStatement()) {
            sql.execute("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) select max(installed_rank) + 1, '999',"
                    + " 'from a newer build', 'SQL', 'V999__from_a_newer_build.sql', 0, current_user, 0, true"
                    + " from flyway_schema_history");
        }
        HealthCheckResponse ahead = new SchemaReadiness(flyway(url, null)).call();
        assertEquals(HealthCheckResponse.Status.UP, ahead.getStatus(), ahead.getData().toString());
    }

    private static String data(HealthCheckResponse response, String key) {
        return String.valueOf(response.getData().orElseThrow().get(key));
    }

    /** Flyway as quarkus-flyway configures it by default: the migrations under db/migration. */
    private static Flyway flyway(String url, String target) {
        FluentConfiguration configuration = Flyway.configure().dataSource(url, EmbeddedPostgresLauncher.USER, "")
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static String freshDatabase(String name) throws Exception {
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("create database " + name);
        }
        return postgres.getJdbcUrl(EmbeddedPostgresLauncher.USER, name);
    }

    private static String newestMigrationFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return Integer.toString(files.map(f -> f.getFileName().toString()).filter(f -> f.matches("V\\d+__.*\\.sql"))
                    .mapToInt(f -> Integer.parseInt(f.substring(1, f.indexOf("__")))).max().orElseThrow());
        }
    }
}
