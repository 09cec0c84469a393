package dev.mvpress.webhook.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import dev.mvpress.web.ProblemException;

/** Where a page of deliveries ends: the last one's creation time and id. Opaque to clients (base64url). */
public record DeliveryCursor(Instant createdAt, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static DeliveryCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n");
            if (parts.length != 2) {
                throw new IllegalArgumentException("bad cursor");
            }
            return new DeliveryCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalid("after",
                    "is not a cursor this API gave out; use page.nextCursor of a deliveries list");
        }
    }
}
