package dev.mvpress.post.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import dev.mvpress.web.ProblemException;

/**
 * Where a keyset page ends: the sort, the last item's sort key and its id. Opaque to clients
 * (base64url); a cursor is only valid with the sort it was made for.
 */
public record PostCursor(PostSort sort, String key, UUID id) {

    public String encode() {
        String text = sort + "\n" + id + "\n" + (key == null ? "\u0000" : key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static PostCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split("\n", 3);
            PostSort sort = null;
            for (PostSort candidate : PostSort.values()) {
                if (candidate.toString().equals(parts[0])) {
                    sort = candidate;
                }
            }
            if (sort == null || parts.length != 3) {
                throw new IllegalArgumentException("bad cursor");
            }
            return new PostCursor(sort, parts[2].equals("\u0000") ? null : parts[2], UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ProblemException.invalid("after", "is not a cursor this API gave out; use page.nextCursor of a posts list");
        }
    }
}
