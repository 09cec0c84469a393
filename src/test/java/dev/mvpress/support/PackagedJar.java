package dev.mvpress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import dev.mvpress.devdb.EmbeddedPostgresLauncher;

/**
 * The packaged jar (target/quarkus-app) launched as production runs it, by an integration test that
 * needs more than the one instance the test framework starts: a migrate step, a second instance, an
 * instance to kill. Each gets a database of its own on the test run's PostgreSQL when asked.
 */
public final class PackagedJar {

    private PackagedJar() {
    }

    /** The JDBC URL of the test run's PostgreSQL server, ending with '/' (append a database name). */
    public static String server() {
        return "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("mvpresstest.postgres.port") + "/";
    }

    /** Creates an empty database on the test run's server and answers its JDBC URL. */
    public static String createDatabase(String prefix) {
        String database = prefix + "_" + Api.unique().replace('-', '_');
        try (Connection db = DriverManager.getConnection(server() + "postgres", EmbeddedPostgresLauncher.USER, "");
                Statement sql = db.createStatement()) {
            sql.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + database, e);
        }
        return server() + database;
    }

    /** A free port on 127.0.0.1. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The packaged jar against {@code jdbcUrl}, with these variables too, its output in
     * target/{@code logName}.
     */
    public static Process launch(String jdbcUrl, Map<String, String> env, String logName) throws IOException {
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", logName).toFile());
        launch.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        launch.environment().put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresLauncher.USER);
        launch.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        launch.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        // The management interface (metrics) has a port of its own: a free one, so that instances run side by side.
        launch.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        launch.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(freePort()));
        launch.environment().putAll(env);
        return launch.start();
    }

    /** Whether a GET of {@code uri} answers 200 now. */
    public static boolean isOk(HttpClient http, URI uri) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Waits (at most a minute) until the instance on {@code port} is ready; false if it never was. */
    public static boolean awaitReady(int port) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        for (int i = 0; i < 600; i++) {
            if (isOk(http, ready)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
