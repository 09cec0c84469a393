package dev.mvpress.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * KnownQueryParams reads each operation's parameter annotations and the bearer filter its access
 * declaration by reflection; in a native image that works only for resource classes registered for
 * it, so a new resource that forgets the registration would fail there while every JVM test passes.
 */
class NativeReflectionTest {

    @Test
    void everyResourceClassIsRegisteredForReflection() throws IOException {
        List<Path> resources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            resources = files.filter(p -> p.toString().endsWith(".java")).filter(p -> read(p).contains("\n@Path(")).toList();
        }
        assertFalse(resources.isEmpty());
        for (Path resource : resources) {
            // On the class itself: a registered nested record does not register the resource's methods.
            String header = read(resource).substring(0, read(resource).indexOf("\n@Path("));
            assertTrue(header.contains("\n@RegisterForReflection"), resource + " is not registered for reflection");
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
