package dev.mvpress.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The readiness check expects the newest migration there is, so adding one means raising it. */
class SchemaVersionTest {

    @Test
    void readinessExpectsTheNewestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(f -> f.getFileName().toString()).filter(f -> f.matches("V\\d+__.*\\.sql"))
                    .mapToInt(f -> Integer.parseInt(f.substring(1, f.indexOf("__")))).max().orElseThrow();
            assertEquals(newest, SchemaReadiness.EXPECTED_VERSION,
                    "SchemaReadiness.EXPECTED_VERSION must name the newest migration");
        }
    }
}
