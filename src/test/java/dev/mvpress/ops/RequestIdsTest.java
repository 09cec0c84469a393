package dev.mvpress.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which request ids are taken as sent, and which traceparent headers are W3C Trace Context ones. Starts no Quarkus. */
class RequestIdsTest {

    @Test
    void saneIdsAreKeptAndOthersAreNot() {
        assertTrue(RequestIds.sane("9f1c2a4e-7d3b-4c1e-9a51-0d2f6b8e4c77"));
        assertTrue(RequestIds.sane("req_01HZX3J8K2:edge/2+b=="));
        assertTrue(RequestIds.sane("a".repeat(RequestIds.MAX_LENGTH)));
        assertFalse(RequestIds.sane("a".repeat(RequestIds.MAX_LENGTH + 1)), "too long");
        assertFalse(RequestIds.sane(""));
        assertFalse(RequestIds.sane("two words"));
        assertFalse(RequestIds.sane("line\nbreak"), "would forge a log line");
        assertFalse(RequestIds.sane("\"quoted\""));
        assertFalse(RequestIds.sane("é"), "non-ASCII");
        assertFalse(RequestIds.sane("<script>"));
    }

    @Test
    void newIdsAre32HexDigitsAndDiffer() {
        String one = RequestIds.newId();
        assertTrue(one.matches("[0-9a-f]{32}"), one);
        assertNotEquals(one, RequestIds.newId());
        assertTrue(RequestIds.sane(one));
    }

    @Test
    void theTraceIdOfAValidTraceparentOnly() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        assertEquals(trace, RequestIds.traceId("00-" + trace + "-00f067aa0ba902b7-01"));
        assertEquals(trace, RequestIds.traceId(" 00-" + trace + "-00f067aa0ba902b7-00 "), "optional whitespace");
        // A later version may append fields; version 00 may not.
        assertEquals(trace, RequestIds.traceId("01-" + trace + "-00f067aa0ba902b7-01-what-comes-next"));
        assertNull(RequestIds.traceId("00-" + trace + "-00f067aa0ba902b7-01-extra"));
        assertNull(RequestIds.traceId("ff-" + trace + "-00f067aa0ba902b7-01"), "version ff is invalid");
        assertNull(RequestIds.traceId("00-" + "0".repeat(32) + "-00f067aa0ba902b7-01"), "all-zero trace id");
        assertNull(RequestIds.traceId("00-" + trace + "-0000000000000000-01"), "all-zero parent id");
        assertNull(RequestIds.traceId("00-" + trace.toUpperCase() + "-00f067aa0ba902b7-01"), "upper-case hex");
        assertNull(RequestIds.traceId("00-" + trace.substring(1) + "-00f067aa0ba902b7-01"), "short trace id");
        assertNull(RequestIds.traceId("garbage"));
        assertNull(RequestIds.traceId(null));
    }
}
