package dev.mvpress;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.mvpress.devdb.EmbeddedPostgresLauncher;
import dev.mvpress.support.EmbeddedPostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged application (prod profile) against an external PostgreSQL, as production runs it. */
@QuarkusIntegrationTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class PackagedApplicationIT {

    @Test
    void servesPostsWrittenAsMarkdownAndRefusesAnonymousWrites() {
        String id = unique();
        String slug = author().contentType(MARKDOWN).body("---\ntitle: Packaged " + id + "\ntags: [it-" + id + "]\ndraft: false\n---\nHello")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        anonymous().get("/api/posts/" + slug).then().statusCode(200).body("html", equalTo("<p>Hello</p>\n"));
        anonymous().contentType(MARKDOWN).body("---\ntitle: x\n---\n").post("/api/posts").then().statusCode(401);
        anonymous().get("/q/health/ready").then().statusCode(200);
        anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * The separate migrate step of docs/deploy.md: the packaged jar with QUARKUS_INIT_AND_EXIT=true
     * migrates an empty database and exits 0 without serving; against no database it exits non-zero,
     * so a deployment pipeline stops before rolling out.
     */
    @Test
    @DisabledOnIntegrationTest(value = "launches the packaged jar itself", forArtifactTypes = {
            DisabledOnIntegrationTest.ArtifactType.NATIVE_BINARY, DisabledOnIntegrationTest.ArtifactType.CONTAINER })
    void theMigrateStepMigratesAndExits() throws Exception {
        int port = Integer.getInteger("mvpresstest.postgres.port");
        String database = "migrate_step_" + unique().replace('-', '_');
        String server = "jdbc:postgresql://127.0.0.1:" + port + "/";
        try (Connection db = DriverManager.getConnection(server + "postgres", EmbeddedPostgresLauncher.USER, "");
                Statement sql = db.createStatement()) {
            sql.execute("create database " + database);
        }
        Process migrate = migrateStep(server + database);
        assertTrue(migrate.waitFor(120, TimeUnit.SECONDS), "the migrate step did not exit");
        String output = new String(migrate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, migrate.exitValue(), output);
        assertFalse(output.contains("Listening on"), "the migrate step started serving:\n" + output);
        String latest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            latest = files.map(f -> f.getFileName().toString()).filter(f -> f.matches("V\\d+__.*\\.sql"))
                    .map(f -> f.substring(1, f.indexOf("__"))).max(Comparator.comparingInt(Integer::parseInt)).orElseThrow();
        }
        try (Connection db = DriverManager.getConnection(server + database, EmbeddedPostgresLauncher.USER, "");
                Statement sql = db.createStatement();
                ResultSet version = sql.executeQuery("select max(cast(version as integer)) from flyway_schema_history where success")) {
            version.next();
            assertEquals(Integer.parseInt(latest), version.getInt(1), "schema version after the migrate step");
        }

        Process unreachable = migrateStep("jdbc:postgresql://127.0.0.1:1/" + database);
        assertTrue(unreachable.waitFor(120, TimeUnit.SECONDS), "the migrate step did not give up");
        unreachable.getInputStream().readAllBytes();
        assertNotEquals(0, unreachable.exitValue(), "a failed migrate step must not exit 0");
    }

    private static Process migrateStep(String jdbcUrl) throws IOException {
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()).redirectErrorStream(true);
        launch.environment().put("QUARKUS_INIT_AND_EXIT", "true");
        launch.environment().put("QUARKUS_FLYWAY_MIGRATE_AT_START", "true");
        launch.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        launch.environment().put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresLauncher.USER);
        launch.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        launch.environment().put("QUARKUS_HTTP_PORT", "0");
        return launch.start();
    }

    @Test
    @DisabledOnIntegrationTest(value = "inspects the fast-jar layout", forArtifactTypes = {
            DisabledOnIntegrationTest.ArtifactType.NATIVE_BINARY, DisabledOnIntegrationTest.ArtifactType.CONTAINER })
    void thePackageCarriesNoEmbeddedDatabase() throws IOException {
        Path app = Path.of("target", "quarkus-app");
        try (Stream<Path> libs = Files.walk(app.resolve("lib"))) {
            assertFalse(libs.anyMatch(p -> p.getFileName().toString().contains("zonky")), "zonky in " + app.resolve("lib"));
        }
        try (Stream<Path> jars = Files.list(app.resolve("app"))) {
            Path jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
            try (JarFile file = new JarFile(jar.toFile())) {
                assertTrue(file.getEntry("dev/mvpress/post/Post.class") != null);
                assertTrue(file.getEntry("dev/mvpress/devdb/EmbeddedPostgresLauncher.class") == null);
            }
        }
    }
}
