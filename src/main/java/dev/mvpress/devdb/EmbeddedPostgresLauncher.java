package dev.mvpress.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Starts an embedded PostgreSQL server (zonky binaries) and says how to reach it. */
public final class EmbeddedPostgresLauncher {

    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresLauncher.class);

    private EmbeddedPostgresLauncher() {
    }

    /** A throw-away server on a free port with a fresh data directory, removed when closed. */
    public static EmbeddedPostgres startEphemeral() {
        try {
            return tuned(EmbeddedPostgres.builder()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    /**
     * A server that keeps its data in {@code dataDirectory} across restarts, on a fixed port.
     * Stopped by the JVM shutdown hook that zonky registers.
     */
    public static EmbeddedPostgres startPersistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            return tuned(EmbeddedPostgres.builder())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server in " + dataDirectory, e);
        }
    }

    /**
     * Dev mode's entry point, called reflectively by {@link DevDatabaseConfigSourceFactory} so that
     * the factory, which Quarkus instantiates in every profile, never links against zonky.
     * Reuses a server already listening on the port (this JVM's, from before a live reload).
     *
     * @return the JDBC URL of the server
     */
    public static String startForDev(Path dataDirectory, int port) {
        if (listening(port)) {
            LOG.infof("Reusing the dev PostgreSQL server already listening on 127.0.0.1:%d", port);
        } else {
            long started = System.nanoTime();
            startPersistent(dataDirectory, port);
            LOG.infof("Started the embedded dev PostgreSQL server on 127.0.0.1:%d with data in %s (%d ms)",
                    port, dataDirectory, (System.nanoTime() - started) / 1_000_000);
        }
        return jdbcUrl(port);
    }

    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** True when something accepts connections on the loopback port, such as a server this JVM started earlier. */
    public static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static EmbeddedPostgres.Builder tuned(EmbeddedPostgres.Builder builder) {
        return builder
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("locale", "C.UTF-8");
    }
}
