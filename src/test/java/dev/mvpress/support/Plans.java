package dev.mvpress.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.mvpress.kernel.SqlStatement;

/**
 * The query-plan tests' plain JDBC: a connection to the test database outside the application's pool, the
 * application's own statements (a query class's {@link SqlStatement}) with their named parameters bound, and
 * plans read with EXPLAIN as text. What a plan test explains is then what the application runs.
 */
public final class Plans {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");

    private Plans() {
    }

    /** A connection to the test database as its superuser; the caller seeds, explains and rolls back on it. */
    public static Connection connect() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return DriverManager.getConnection(url, "postgres", "");
    }

    /**
     * The statement between {@code prefix} and {@code suffix} (an EXPLAIN before it, a limit after it), with each
     * named parameter bound in JDBC's place ({@code ?}), a list as one per item.
     */
    public static PreparedStatement prepare(Connection db, String prefix, SqlStatement statement, String suffix)
            throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher names = PARAMETER.matcher(statement.sql());
        StringBuilder sql = new StringBuilder(prefix);
        while (names.find()) {
            assertTrue(statement.params().containsKey(names.group(1)), "no value for :" + names.group(1));
            Object value = statement.params().get(names.group(1));
            List<?> items = value instanceof Collection<?> many ? List.copyOf(many) : List.of(value);
            names.appendReplacement(sql, String.join(", ", Collections.nCopies(items.size(), "?")));
            for (Object item : items) {
                values.add(item instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : item);
            }
        }
        names.appendTail(sql).append(suffix);
        PreparedStatement prepared = db.prepareStatement(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            prepared.setObject(i + 1, values.get(i));
        }
        return prepared;
    }

    /**
     * The plan of the statement and its {@code suffix} (the limit the service's paging adds) by
     * {@code explain (options)}, e.g. {@code "analyze, costs off"}: its rows joined by newlines (a JSON plan is
     * one row).
     */
    public static String explain(Connection db, String options, SqlStatement statement, String suffix)
            throws SQLException {
        try (PreparedStatement explain = prepare(db, "explain (" + options + ") ", statement, suffix);
                ResultSet lines = explain.executeQuery()) {
            return text(lines);
        }
    }

    /** The estimated plan of a statement whose values are written into its text, its lines joined by newlines. */
    public static String explain(Statement sql, String statement) throws SQLException {
        try (ResultSet lines = sql.executeQuery("explain " + statement)) {
            return text(lines);
        }
    }

    /** The one number a statement answers (a count). */
    public static long count(Statement sql, String statement) throws SQLException {
        try (ResultSet rs = sql.executeQuery(statement)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(ResultSet lines) throws SQLException {
        List<String> plan = new ArrayList<>();
        while (lines.next()) {
            plan.add(lines.getString(1));
        }
        return String.join("\n", plan);
    }
}
