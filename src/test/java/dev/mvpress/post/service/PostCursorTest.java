package dev.mvpress.post.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mvpress.web.Problem.FieldError;
import dev.mvpress.web.ProblemException;

/** The opaque page cursor of post lists; plain JUnit, no application. */
class PostCursorTest {

    private static final UUID ID = UUID.fromString("0b8e6f5c-3d7a-4c1e-9f2b-6a5d4c3b2a19");

    @ParameterizedTest
    @EnumSource(PostSort.class)
    void aCursorComesBackAsTheSamePositionForEverySort(PostSort sort) {
        PostCursor cursor = new PostCursor(sort, "2026-03-14T09:00:00Z", ID);
        assertEquals(cursor, PostCursor.decode(cursor.encode()));
    }

    @Test
    void keysWithAccentsLineBreaksAndNoValueAtAllSurviveTheTrip() {
        for (String key : new String[]{"crème brûlée — 東京 ✓", "first line\nsecond line\nthird", "", null}) {
            PostCursor cursor = new PostCursor(PostSort.TITLE, key, ID);
            assertEquals(cursor, PostCursor.decode(cursor.encode()), "key " + key);
        }
    }

    @Test
    void aCursorIsSafeInAUrlWithoutEscaping() {
        String encoded = new PostCursor(PostSort.TITLE, "what? & why / how = ünïcödé ".repeat(5), ID).encode();
        assertFalse(encoded.matches(".*[^A-Za-z0-9_-].*"), encoded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor!", "%%%", "AAAA", "bm90LWEtc29ydAp4CnkK"})
    void aCursorTheApiDidNotGiveOutIsA400NamingAfter(String tampered) {
        assertRefused(tampered);
    }

    @Test
    void aCursorWithItsIdOrSortEditedIsA400NamingAfter() {
        assertRefused(encode("-publishedAt\nnot-a-uuid\n2026-03-14T09:00:00Z"));
        assertRefused(encode("-likes\n" + ID + "\n2026-03-14T09:00:00Z"));
        assertRefused(encode("-publishedAt\n" + ID));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String cursor) {
        ProblemException refused = assertThrows(ProblemException.class, () -> PostCursor.decode(cursor));
        assertEquals(400, refused.type().status);
        List<FieldError> errors = refused.errors();
        assertEquals(1, errors.size());
        assertEquals("after", errors.get(0).field());
        assertEquals("is not a cursor this API gave out; use page.nextCursor of a posts list", errors.get(0).message());
    }
}
