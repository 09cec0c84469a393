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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import dev.mvpress.devdb.EmbeddedPostgresLauncher;
import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.PackagedJar;

/** The packaged application (prod profile) against an external PostgreSQL, as production runs it. */
@QuarkusIntegrationTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class PackagedApplicationIT {

    @Test
    void servesPostsWrittenAsMarkdownAndRefusesAnonymousWrites() {
        String id = unique();
        String slug = author().contentType(MARKDOWN)
                .body("---\ntitle: Packaged " + id + "\ntags: [it-" + id + "]\ndraft: false\n---\nHello")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        anonymous().get("/api/posts/" + slug).then().statusCode(200).body("html", equalTo("<p>Hello</p>\n"));
        anonymous().contentType(MARKDOWN).body("---\ntitle: x\n---\n").post("/api/posts").then().statusCode(401);
        anonymous().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'schema' }.status", equalTo("UP"));
        anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * The separate migrate step of docs/deploy.md: the packaged jar with QUARKUS_INIT_AND_EXIT=true
     * migrates an empty database and exits 0 without serving; against no database it exits non-zero,
     * so a deployment pipeline stops before rolling out.
     */
    @Test
    @DisabledOnIntegrationTest(value = "launches the packaged jar itself", forArtifactTypes = {
            DisabledOnIntegrationTest.ArtifactType.NATIVE_BINARY, DisabledOnIntegrationTest.ArtifactType.CONTAINER})
    void theMigrateStepMigratesAndExits() throws Exception {
        String database = PackagedJar.createDatabase("migrate_step");
        // An instance started before the migrate step is alive but not ready: it stays out of the load balancer.
        int httpPort = PackagedJar.freePort();
        Process early = launch(database, Map.of("QUARKUS_FLYWAY_MIGRATE_AT_START", "false",
                "QUARKUS_HTTP_PORT", Integer.toString(httpPort)));
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI live = URI.create("http://127.0.0.1:" + httpPort + "/q/health/live");
            for (int i = 0; i < 600 && !PackagedJar.isOk(http, live); i++) {
                Thread.sleep(100);
            }
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                    + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"schema\"") && ready.body().contains("migrate step"), ready.body());
        } finally {
            early.destroy();
            early.waitFor(30, TimeUnit.SECONDS);
        }

        Process migrate = migrateStep(database);
        assertTrue(migrate.waitFor(120, TimeUnit.SECONDS), "the migrate step did not exit");
        String output = Files.readString(Path.of("target", "packaged-launch.log"), StandardCharsets.UTF_8);
        assertEquals(0, migrate.exitValue(), output);
        assertFalse(output.contains("Listening on"), "the migrate step started serving:\n" + output);
        // Flyway's own view: every migration this build carries is applied, none failed.
        MigrationInfoService schema = Flyway.configure()
                .dataSource(database, EmbeddedPostgresLauncher.USER, "").load().info();
        assertEquals(0, schema.pending().length, "migrations left pending by the migrate step");
        assertTrue(schema.current() != null && !schema.current().getState().isFailed(), "schema after the migrate step");

        Process unreachable = migrateStep("jdbc:postgresql://127.0.0.1:1/" + database);
        assertTrue(unreachable.waitFor(120, TimeUnit.SECONDS), "the migrate step did not give up");
        assertNotEquals(0, unreachable.exitValue(), "a failed migrate step must not exit 0");
    }

    private static Process migrateStep(String jdbcUrl) throws IOException {
        return launch(jdbcUrl, Map.of("QUARKUS_INIT_AND_EXIT", "true", "QUARKUS_FLYWAY_MIGRATE_AT_START", "true",
                "QUARKUS_HTTP_PORT", "0"));
    }

    private static Process launch(String jdbcUrl, Map<String, String> env) throws IOException {
        return PackagedJar.launch(jdbcUrl, env, "packaged-launch.log");
    }

    /**
     * Preview links on the prod profile, the secret given by environment as production gives it: a link made on
     * one instance opens on another that has the same secret (nothing is kept in memory or in the database),
     * both ways, and an instance with another secret (a rotation) refuses it.
     */
    @Test
    @DisabledOnIntegrationTest(value = "launches the packaged jar itself", forArtifactTypes = {
            DisabledOnIntegrationTest.ArtifactType.NATIVE_BINARY, DisabledOnIntegrationTest.ArtifactType.CONTAINER})
    void previewLinksOpenOnEveryInstanceWithTheSameSecretFromTheEnvironment() throws Exception {
        String id = unique();
        String slug = author().contentType(MARKDOWN + "; charset=UTF-8")
                .body("---\ntitle: Aperçu « " + id + " »\ntags: [dotnet, azure]\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String token = author().post("/api/posts/" + slug + "/preview-links").then().statusCode(201).extract().path("token");
        anonymous().queryParam("preview", token).get("/api/posts/" + slug).then().statusCode(200)
                .header("Cache-Control", "private, no-store").body("status", equalTo("draft"));
        anonymous().get("/api/posts/" + slug).then().statusCode(404);

        String database = EmbeddedPostgresLauncher.jdbcUrl(Integer.getInteger("mvpresstest.postgres.port"));
        int samePort = PackagedJar.freePort();
        int otherPort = PackagedJar.freePort();
        Process same = PackagedJar.launch(database, Map.of("QUARKUS_HTTP_PORT", Integer.toString(samePort),
                "QUARKUS_FLYWAY_MIGRATE_AT_START", "false", "MVPRESS_ADMIN_TOKEN", Api.TOKEN,
                "MVPRESS_PREVIEW_SECRET", Api.PREVIEW_SECRET), "packaged-preview-same.log");
        Process other = PackagedJar.launch(database, Map.of("QUARKUS_HTTP_PORT", Integer.toString(otherPort),
                "QUARKUS_FLYWAY_MIGRATE_AT_START", "false",
                "MVPRESS_PREVIEW_SECRET", "a-rotated-secret-from-openssl-rand-base64-48-0123"), "packaged-preview-other.log");
        try {
            HttpClient http = HttpClient.newHttpClient();
            String sameBase = "http://127.0.0.1:" + samePort;
            String otherBase = "http://127.0.0.1:" + otherPort;
            assertTrue(PackagedJar.awaitReady(samePort) && PackagedJar.awaitReady(otherPort),
                    "the two instances did not start; see target/packaged-preview-*.log");
            HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(sameBase + "/api/posts/" + slug
                    + "?preview=" + token)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, opened.statusCode(), opened.body());
            assertTrue(opened.body().contains("Aperçu « " + id + " »"), opened.body());
            assertEquals("private, no-store", opened.headers().firstValue("Cache-Control").orElse(null));

            HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(sameBase + "/api/posts/" + slug
                    + "/preview-links")).header("Authorization", "Bearer " + Api.TOKEN)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, made.statusCode(), made.body());
            String madeElsewhere = made.body().replaceFirst("(?s).*\"token\" *: *\"([^\"]+)\".*", "$1");
            anonymous().queryParam("preview", madeElsewhere).get("/api/posts/" + slug).then().statusCode(200);

            HttpResponse<String> rotated = http.send(HttpRequest.newBuilder(URI.create(otherBase + "/api/posts/" + slug
                    + "?preview=" + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, rotated.statusCode(), rotated.body());
            assertTrue(rotated.body().contains("\"preview\"") && !rotated.body().contains(Api.PREVIEW_SECRET), rotated.body());
        } finally {
            for (Process process : new Process[]{same, other}) {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        for (String log : new String[]{"packaged-preview-same.log", "packaged-preview-other.log"}) {
            String text = Files.readString(Path.of("target", log), StandardCharsets.UTF_8);
            assertFalse(text.contains(Api.PREVIEW_SECRET) || text.contains("a-rotated-secret"), log + " shows a secret");
        }
    }

    @Test
    @DisabledOnIntegrationTest(value = "inspects the fast-jar layout", forArtifactTypes = {
            DisabledOnIntegrationTest.ArtifactType.NATIVE_BINARY, DisabledOnIntegrationTest.ArtifactType.CONTAINER})
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
