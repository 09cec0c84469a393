package dev.mvpress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.mvpress.devdb.EmbeddedPostgresLauncher;

/**
 * One embedded PostgreSQL for the whole test run, in a temporary data directory removed at the end;
 * each test creates the rows it asserts on. A test may stop and restart the server (same port, same
 * data) to prove the application survives an outage.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    /** The server; StreamingReplicaResource copies it, PackagedJar reads its port (mvpresstest.postgres.port). */
    static final RestartablePostgres SERVER = new RestartablePostgres("mvpresstest.postgres", "the test database server");

    @Override
    public Map<String, String> start() {
        try {
            int port = RestartablePostgres.freePort();
            SERVER.start(Files.createTempDirectory("mvpress-test-pg"), port);
            return Map.of(
                    "quarkus.datasource.jdbc.url", EmbeddedPostgresLauncher.jdbcUrl(port),
                    "quarkus.datasource.username", EmbeddedPostgresLauncher.USER,
                    "quarkus.datasource.password", "",
                    // The packaged application runs in the prod profile, which has no admin token of its own.
                    "mvpress.admin-token", Api.TOKEN,
                    // Nor a preview secret.
                    "mvpress.preview.secret", Api.PREVIEW_SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server, keeping its data. */
    public static void stopServer() {
        SERVER.stop();
    }

    /** Starts the server again on the same port with the same data. */
    public static void startServer() {
        SERVER.start();
    }

    @Override
    public void stop() {
        SERVER.remove();
    }
}
