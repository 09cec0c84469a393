package dev.mvpress.kernel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native-query result rows, as the driver and Hibernate hand them over. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column: an Instant, an OffsetDateTime or a Timestamp depending on the path; null stays null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
