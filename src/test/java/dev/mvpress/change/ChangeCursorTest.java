package dev.mvpress.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mvpress.web.ProblemException;

/** The cursor of the change feed; plain JUnit, no application. */
class ChangeCursorTest {

    @Test
    void noCursorStartsFromTheBeginning() {
        assertSame(ChangeCursor.START, ChangeCursor.decode(null));
        assertSame(ChangeCursor.START, ChangeCursor.decode(""));
    }

    @Test
    void aCursorComesBackWithItsTransactionSequenceAndPollTime() {
        ChangeCursor polled = new ChangeCursor("18446744073709551615", 42, Instant.parse("2026-03-14T09:00:00.123Z"));
        assertEquals(polled, ChangeCursor.decode(polled.encode()));
        ChangeCursor neverPolled = new ChangeCursor("7341", 0, null);
        assertEquals(neverPolled, ChangeCursor.decode(neverPolled.encode()));
        assertEquals(ChangeCursor.START, ChangeCursor.decode(ChangeCursor.START.encode()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor!", "AAAA", "MTI6MzQ", "YWJjOjE6", "MTI6eDox", "MTI6MToy OjM"})
    void aCursorTheApiDidNotGiveOutIsA400NamingSince(String tampered) {
        ProblemException refused = assertThrows(ProblemException.class, () -> ChangeCursor.decode(tampered));
        assertEquals(400, refused.type().status);
        assertEquals("since", refused.errors().get(0).field());
    }

    @Test
    void anEditedTransactionOrTimeIsRefused() {
        for (String text : new String[]{"12;drop table post:1:", "12:1:yesterday", "12:1:2:3", "123456789012345678901:1:"}) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
            ProblemException refused = assertThrows(ProblemException.class, () -> ChangeCursor.decode(cursor), text);
            assertEquals("since", refused.errors().get(0).field());
        }
    }
}
