package dev.mvpress.contribution.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;

/** The from and to parameters of the list, the summary and the export, read the same way by each. */
final class ContributionPeriods {

    private static final int MAX_SUMMARY_YEARS = 10;

    private ContributionPeriods() {
    }

    /** from and to, defaulting to the 12 months up to today (UTC). */
    static LocalDate[] period(String from, String to, Instant now) {
        return period(Params.day("from", from), Params.day("to", to), now);
    }

    /** The same for days already read (a JSON request's from and to): a missing end is 12 months from the other. */
    static LocalDate[] period(LocalDate from, LocalDate to, Instant now) {
        LocalDate toDay = to;
        LocalDate fromDay = from;
        if (toDay == null) {
            toDay = fromDay != null ? fromDay.plusYears(1).minusDays(1) : now.atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (fromDay == null) {
            fromDay = toDay.minusYears(1).plusDays(1);
        }
        checkRange(fromDay, toDay);
        if (fromDay.plusYears(MAX_SUMMARY_YEARS).isBefore(toDay)) {
            throw ProblemException.invalid("to", "the period may span at most " + MAX_SUMMARY_YEARS + " years");
        }
        return new LocalDate[]{fromDay, toDay};
    }

    /** Whether the caller gave neither end, so that the period is the default: the 12 months up to today. */
    static boolean isDefault(String from, String to) {
        return (from == null || from.isEmpty()) && (to == null || to.isEmpty());
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
    }
}
