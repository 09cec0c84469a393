package dev.mvpress.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.mvpress.devdb.EmbeddedPostgresLauncher;

/**
 * An embedded PostgreSQL server of the test run, in a temporary data directory, that a test can stop and start
 * again on the same port with the same data. The directory and port live in system properties
 * ({@code <prefix>.dir}, {@code <prefix>.port}), which every class loader of the run sees; the handle on the
 * running process lives in this object, so a test resource keeps one in a static field and a test stops the
 * server through the class loader that started it.
 */
final class RestartablePostgres {

    private final String dirProperty;
    private final String portProperty;
    private final String name;
    private volatile Closeable server;

    /** A server remembered under {@code prefix}, called {@code name} in errors. */
    RestartablePostgres(String prefix, String name) {
        this.dirProperty = prefix + ".dir";
        this.portProperty = prefix + ".port";
        this.name = name;
    }

    /** A port no one listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Remembers the data directory and port, then starts the server on them. */
    void start(Path dir, int port) {
        System.setProperty(dirProperty, dir.toString());
        System.setProperty(portProperty, Integer.toString(port));
        start();
    }

    /** Starts the server again on the same port with the same data. */
    void start() {
        server = EmbeddedPostgresLauncher.startPersistent(directory(), port());
    }

    /** Stops the server, keeping its data. */
    void stop() {
        if (server == null) {
            throw new IllegalStateException("This class loader has no handle on " + name);
        }
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server if this class loader runs it, and deletes its data directory. */
    void remove() {
        if (server != null) {
            stop();
        }
        String dir = System.getProperty(dirProperty);
        if (dir != null) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The server's port, null before it first starts. */
    Integer port() {
        return Integer.getInteger(portProperty);
    }

    /** The server's data directory, null before it first starts. */
    Path directory() {
        String dir = System.getProperty(dirProperty);
        return dir == null ? null : Path.of(dir);
    }

    /** A connection of the superuser, outside the application's pools. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(EmbeddedPostgresLauncher.jdbcUrl(port()), EmbeddedPostgresLauncher.USER, "");
    }
}
