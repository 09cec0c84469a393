package dev.mvpress.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.mvpress.devdb.EmbeddedPostgresLauncher;

/**
 * One embedded PostgreSQL for the whole test run, in a temporary data directory removed at the end;
 * each test creates the rows it asserts on. A test may stop and restart the server (same port, same
 * data) to prove the application survives an outage.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile Closeable server;
    private static final String DIR = "mvpresstest.postgres.dir";
    private static final String PORT = "mvpresstest.postgres.port";

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("mvpress-test-pg");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            System.setProperty(DIR, dir.toString());
            System.setProperty(PORT, Integer.toString(port));
            startServer();
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
        if (server == null) {
            throw new IllegalStateException("This class loader has no handle on the test database server");
        }
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again on the same port with the same data. */
    public static void startServer() {
        Path dir = Path.of(System.getProperty(DIR));
        int port = Integer.parseInt(System.getProperty(PORT));
        server = EmbeddedPostgresLauncher.startPersistent(dir, port);
    }

    @Override
    public void stop() {
        if (server != null) {
            stopServer();
        }
        String dir = System.getProperty(DIR);
        if (dir != null) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
