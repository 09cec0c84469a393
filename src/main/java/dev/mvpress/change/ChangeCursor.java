package dev.mvpress.change;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import dev.mvpress.web.ProblemException;

/**
 * Where a reader stands: the last (transaction, sequence) it has seen, and when it last asked (for
 * scheduled posts that went live since, which no write records).
 */
record ChangeCursor(String tx, long seq, Instant polledAt) {

    static final ChangeCursor START = new ChangeCursor("0", 0, null);

    String encode() {
        String text = tx + ":" + seq + ":" + (polledAt == null ? "" : polledAt.toEpochMilli());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static ChangeCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 3 || !parts[0].matches("\\d{1,20}")) {
                throw new IllegalArgumentException("bad cursor");
            }
            return new ChangeCursor(parts[0], Long.parseLong(parts[1]),
                    parts[2].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[2])));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("since", "is not a cursor this API gave out; use nextCursor of /api/changes,"
                    + " or leave it out to start from the beginning");
        }
    }
}
