package dev.mvpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.mvpress.kernel.YearRange;
import dev.mvpress.post.service.StatusFilter;

/** Query parameters: a bad value is a 400 naming the parameter, never a 404 or 500; plain JUnit. */
class ParamsTest {

    @Test
    void aMissingNumberTakesTheDefaultAndAGivenOneIsRead() {
        assertEquals(20, Params.intIn("limit", null, 20, 1, 100));
        assertEquals(20, Params.intIn("limit", "", 20, 1, 100));
        assertEquals(7, Params.intIn("limit", " 7 ", 20, 1, 100));
        assertEquals(100, Params.intIn("limit", "100", 20, 1, 100));
    }

    @Test
    void aNumberOutOfRangeOrNotANumberIsRefusedNamingTheParameter() {
        assertRefused(() -> Params.intIn("limit", "0", 20, 1, 100), "limit", "must be between 1 and 100, was 0");
        assertRefused(() -> Params.intIn("limit", "101", 20, 1, 100), "limit", "must be between 1 and 100, was 101");
        assertRefused(() -> Params.intIn("limit", "ten", 20, 1, 100), "limit", "must be a whole number between 1 and 100");
        assertRefused(() -> Params.intIn("limit", "99999999999", 20, 1, 100), "limit",
                "must be a whole number between 1 and 100");
        assertRefused(() -> Params.intIn("limit", "\u0663", 20, 1, 100), "limit", "must be a whole number between 1 and 100");
        assertRefused(() -> Params.intIn("limit", "+5", 20, 1, 100), "limit", "must be a whole number between 1 and 100");
    }

    @Test
    void aDayIsACalendarDayInTheSupportedYears() {
        assertNull(Params.day("from", null));
        assertNull(Params.day("from", ""));
        assertEquals(LocalDate.of(2024, 2, 29), Params.day("from", "2024-02-29"));
        assertRefused(() -> Params.day("from", "2023-02-29"), "from", "must be a calendar day such as 2024-05-01");
        assertRefused(() -> Params.day("to", "14.03.2026"), "to", "must be a calendar day such as 2024-05-01");
        assertRefused(() -> Params.day("to", "1899-12-31"), "to", YearRange.RULE);
    }

    @Test
    void aChoiceIsOneOfItsWordsAndARefusalListsThem() {
        assertEquals(StatusFilter.PUBLISHED, Params.choice("status", null, StatusFilter.class, StatusFilter.PUBLISHED));
        assertEquals(StatusFilter.ANY, Params.choice("status", "any", StatusFilter.class, StatusFilter.PUBLISHED));
        assertRefused(() -> Params.choice("status", "ANY", StatusFilter.class, StatusFilter.PUBLISHED),
                "status", "'ANY' is not one of published, scheduled, draft, any");
    }

    private static void assertRefused(Executable parse, String field, String message) {
        ProblemException refused = assertThrows(ProblemException.class, parse);
        assertEquals(400, refused.type().status);
        assertEquals(field, refused.errors().get(0).field());
        assertEquals(message, refused.errors().get(0).message());
    }
}
