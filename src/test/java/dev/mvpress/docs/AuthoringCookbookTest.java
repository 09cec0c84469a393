package dev.mvpress.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * Runs every shell block of docs/authoring.md, top to bottom, as a reader would paste them, against
 * the running API: each curl fails the run on an HTTP error (--fail-with-body), so a command that
 * only works out of order, or without the token it needs, is caught here.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class AuthoringCookbookTest {

    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    @TestHTTPResource("/api")
    String api;

    @Test
    void theReadmeAndDocsLinkOnlyToFilesInTheRepository() throws IOException {
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (var docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        Path root = Path.of("").toAbsolutePath().normalize();
        for (Path page : pages) {
            Matcher m = link.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue;
                }
                Path resolved = page.toAbsolutePath().getParent().resolve(target).normalize();
                assertTrue(resolved.startsWith(root) && Files.exists(resolved),
                        page + " links to " + target + ", which is not a file in this repository");
            }
        }
    }

    @Test
    void theCookbookRunsInOrderAsWritten(@TempDir Path dir) throws IOException, InterruptedException {
        String doc = Files.readString(Path.of("docs/authoring.md"));
        List<String> shell = new ArrayList<>();
        String postFile = null;
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            if (m.group(1).equals("shell")) {
                shell.add(m.group(2));
            } else if (m.group(1).equals("markdown") && postFile == null) {
                postFile = m.group(2);
            }
        }
        assertTrue(shell.size() > 10, "docs/authoring.md has its shell blocks");
        // The files the cookbook names: the example post, and a folder to sync.
        Files.writeString(dir.resolve("shipping-a-podcast-feed.md"), postFile);
        Files.createDirectories(dir.resolve("posts"));
        Files.writeString(dir.resolve("posts/cookbook-first.md"),
                "---\ntitle: Cookbook first\ntags: [dotnet, café]\n---\nÉté, 夏, صيف.\n");
        Files.writeString(dir.resolve("posts/cookbook-second.md"),
                "---\ntitle: Cookbook second\ntags: dotnet, podcast\ndraft: false\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        String script = "set -euo pipefail\n"
                // Every curl fails on an HTTP error; one that already says -f keeps it (the two exclude each other).
                + "curl() { for a in \"$@\"; do if [[ $a == -f || $a == --fail ]]; then command curl -sS \"$@\"; return; fi; done;"
                + " command curl -sS --fail-with-body \"$@\"; }\n"
                + String.join("\n", shell)
                        .replace("http://localhost:8080/api", api)
                        .replace("Bearer dev-token", "Bearer " + Api.TOKEN);
        Path file = dir.resolve("cookbook.sh");
        Files.writeString(file, script);
        // The output goes to a file: through a pipe nobody reads until the end, a long answer (a list on a big
        // test database) would fill the pipe and stop the script.
        Path log = dir.resolve("cookbook.log");
        Process bash = new ProcessBuilder("bash", file.toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = bash.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            bash.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        // The cookbook stores site settings; the database is shared with the classes that run after this one.
        Api.author().delete("/api/site").then().statusCode(204);
        assertTrue(done, "the cookbook finished in time:\n" + output);
        assertEquals(0, bash.exitValue(), "every command of docs/authoring.md succeeded, in order:\n" + output);
        // The export wrote the post, not an error document, over the source file.
        String exported = Files.readString(dir.resolve("shipping-a-podcast-feed.md"));
        assertTrue(exported.startsWith("---\n") && exported.contains("title: "), exported);
    }
}
