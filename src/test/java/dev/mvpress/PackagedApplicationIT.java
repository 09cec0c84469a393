package dev.mvpress;

import static dev.mvpress.support.Api.MARKDOWN;
import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

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
