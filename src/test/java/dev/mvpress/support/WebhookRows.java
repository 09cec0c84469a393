package dev.mvpress.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/**
 * Webhook rows for tests, by plain JDBC (not counted as the application's statements): endpoints inserted
 * directly (the REST for them is another feature's), and the messages and deliveries an endpoint got.
 */
public final class WebhookRows {

    private WebhookRows() {
    }

    /** One message as an endpoint got it. */
    public record Received(String messageId, String type, String entityId, String audience, Instant occurredAt,
            String payload) {
    }

    /** A webhook endpoint (kind 'webhook') for these patterns, created at {@code createdAt}. */
    public static UUID webhook(boolean includeDrafts, Instant createdAt, String... events) {
        return endpoint("webhook", includeDrafts, createdAt, null, events);
    }

    public static UUID endpoint(String kind, boolean includeDrafts, Instant createdAt, Integer coalesceSeconds,
            String... events) {
        UUID id = UUID.randomUUID();
        update("insert into webhook_endpoint (id, kind, url, events, include_drafts, secret, coalesce_seconds, created_at,"
                + " updated_at) values (?, ?, 'http://127.0.0.1:9/hook', cast(? as jsonb), ?, 'whsec_dGVzdA==', ?, ?, ?)",
                id, kind, "[\"" + String.join("\", \"", events) + "\"]", includeDrafts, coalesceSeconds,
                Timestamp.from(createdAt), Timestamp.from(createdAt));
        return id;
    }

    /** Deletes endpoints (their deliveries go with them), so that later ticks do not work for them. */
    public static void delete(UUID... endpoints) {
        for (UUID id : endpoints) {
            update("delete from webhook_endpoint where id = ?", id);
        }
    }

    /** The messages delivered to an endpoint, in the order of the changes. */
    public static List<Received> received(UUID endpoint) {
        List<Received> found = new ArrayList<>();
        for (Map<String, Object> r : query("select m.id, m.type, cast(m.entity_id as text) as entity_id, m.audience,"
                + " m.occurred_at, m.payload from webhook_delivery d join webhook_message m on m.id = d.message_id"
                + " where d.endpoint_id = ? order by m.occurred_at, m.created_at, m.type", endpoint)) {
            found.add(new Received((String) r.get("id"), (String) r.get("type"), (String) r.get("entity_id"),
                    (String) r.get("audience"), ((Timestamp) r.get("occurred_at")).toInstant(), (String) r.get("payload")));
        }
        return found;
    }

    /** An endpoint's deliveries as rows of columns by name, oldest first. */
    public static List<Map<String, Object>> deliveries(UUID endpoint) {
        return query("select * from webhook_delivery where endpoint_id = ? order by created_at, id", endpoint);
    }

    public static int update(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    private static DataSource dataSource() {
        return Arc.container().instance(DataSource.class).get();
    }
}
