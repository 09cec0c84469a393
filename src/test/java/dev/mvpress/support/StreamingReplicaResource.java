package dev.mvpress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.mvpress.devdb.EmbeddedPostgresLauncher;

/**
 * A hot standby of the test database server, kept in sync by PostgreSQL's streaming replication,
 * and the {@code replica} datasource pointed at it. Built as an operator would without
 * pg_basebackup (the embedded binaries lack it): a physical replication slot, a copy of the
 * primary's data directory between pg_backup_start and pg_backup_stop, then standby.signal and
 * primary_conninfo. Starts after {@link EmbeddedPostgresResource}, whose server it copies.
 * Tests can pause and resume the replay of the primary's changes (a replication lag they control)
 * and stop and restart the standby.
 */
public class StreamingReplicaResource implements QuarkusTestResourceLifecycleManager {

    private static final String SLOT = "mvpress_test_replica";
    /** What a running server keeps in its data directory that a copy must not carry. */
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp");

    private static final RestartablePostgres SERVER = new RestartablePostgres("mvpresstest.replica", "the replica server");
    private static final RestartablePostgres PRIMARY = EmbeddedPostgresResource.SERVER;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Map<String, String> start() {
        Integer primaryPort = PRIMARY.port();
        Path primaryDir = PRIMARY.directory();
        if (primaryPort == null || primaryDir == null) {
            throw new IllegalStateException("The test database server must start before its replica");
        }
        try {
            Path dir = Files.createTempDirectory("mvpress-test-replica");
            int port = RestartablePostgres.freePort();
            try (Connection primary = PRIMARY.connect(); Statement sql = primary.createStatement()) {
                sql.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '"
                        + SLOT + "'");
                sql.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
                sql.execute("SELECT pg_backup_start('mvpress test replica', true)");
                copy(primaryDir, dir);
                try (ResultSet stop = sql.executeQuery("SELECT labelfile FROM pg_backup_stop(false)")) {
                    stop.next();
                    Files.writeString(dir.resolve("backup_label"), stop.getString(1), StandardCharsets.UTF_8);
                }
            }
            Files.createFile(dir.resolve("standby.signal"));
            // PostgreSQL refuses a data directory that others may read.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            Files.writeString(dir.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=127.0.0.1 port=" + primaryPort
                    + " user=postgres application_name=mvpress-test-replica'\nprimary_slot_name = '" + SLOT + "'\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            SERVER.start(dir, port);
            return Map.of(
                    "quarkus.datasource.replica.jdbc.url", EmbeddedPostgresLauncher.jdbcUrl(port),
                    "quarkus.datasource.replica.username", EmbeddedPostgresLauncher.USER,
                    "quarkus.datasource.replica.password", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make a replica of the test database", e);
        }
    }

    /** Stops applying the primary's changes: the standby keeps answering, with what it had. */
    public static void pauseReplay() {
        onReplica("SELECT pg_wal_replay_pause()");
    }

    /** Applies the primary's changes again and returns once the standby has caught up with the primary. */
    public static void resumeReplayAndCatchUp() {
        onReplica("SELECT pg_wal_replay_resume()");
        String target;
        try (Connection primary = PRIMARY.connect(); Statement sql = primary.createStatement();
                ResultSet lsn = sql.executeQuery("SELECT pg_current_wal_lsn()")) {
            lsn.next();
            target = lsn.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < 2400; i++) {
            if ("t".equals(queryReplica("SELECT pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn"))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The replica did not catch up with the primary's " + target + ": it received "
                + queryReplica(
                        "SELECT pg_last_wal_receive_lsn() || ' and replayed ' || pg_last_wal_replay_lsn() || ', paused: '"
                                + " || pg_is_wal_replay_paused() || ', primary_conninfo: ' || current_setting('primary_conninfo')")
                + "; the primary (port " + PRIMARY.port() + ") streams to: "
                + onPrimary("SELECT string_agg(application_name || ' ' || state || ' sent ' || sent_lsn || ' replayed '"
                        + " || coalesce(replay_lsn::text, '-'), '; ') FROM pg_stat_replication"));
    }

    private static String onPrimary(String query) {
        try (Connection primary = PRIMARY.connect(); Statement sql = primary.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** A one-value query on the standby, over its own connection. */
    public static String queryReplica(String query) {
        try (Connection replica = SERVER.connect(); Statement sql = replica.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void onReplica(String statement) {
        queryReplica(statement);
    }

    /** Stops the standby, keeping its data. */
    public static void stopServer() {
        SERVER.stop();
    }

    /** Starts the standby again on the same port; it resumes streaming from its slot. */
    public static void startServer() {
        SERVER.start();
    }

    @Override
    public void stop() {
        // The standby first: a slot in use cannot be dropped.
        SERVER.remove();
        if (PRIMARY.port() != null) {
            try (Connection primary = PRIMARY.connect(); Statement sql = primary.createStatement()) {
                // The slot would keep every later change's WAL on the primary for a standby that is gone.
                sql.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '"
                        + SLOT + "'");
            } catch (SQLException e) {
                // The primary is stopped already: its data directory goes with it.
            }
        }
    }

    /**
     * Copies a running server's data directory as pg_basebackup does: without its process files, WAL
     * (the standby streams it from the slot) and replication slots, keeping pg_wal's subdirectories.
     */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (relative.toString().isEmpty() || SKIPPED.contains(relative.toString())) {
                    continue;
                }
                boolean directory = Files.isDirectory(source);
                String top = relative.getName(0).toString();
                if (EMPTIED.contains(top) && relative.getNameCount() > 1 && !(directory && "pg_wal".equals(top))) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (directory) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.copy(source, target);
                    } catch (NoSuchFileException e) {
                        // Removed while copying (a temporary file): a base backup may lack it.
                    }
                }
            }
        }
    }
}
