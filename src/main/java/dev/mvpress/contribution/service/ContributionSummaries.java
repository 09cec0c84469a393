package dev.mvpress.contribution.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.api.ContributionSummary;
import dev.mvpress.contribution.api.ContributionSummary.Figures;
import dev.mvpress.contribution.api.ContributionSummary.Group;
import dev.mvpress.contribution.api.ContributionSummary.Month;
import dev.mvpress.contribution.api.ContributionSummary.Window;
import dev.mvpress.contribution.api.Metric;
import dev.mvpress.contribution.api.PortalIssue;
import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.post.Visibility;

/**
 * The year at a glance that a nomination form asks for: the figures computed by PostgreSQL in four aggregate
 * statements, and the entries the portal would refuse or ask more of from the period's entries loaded in one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContributionSummaries {

    /** An entry with what the portal would refuse or ask for. */
    public record Flagged(Contribution entry, List<PortalIssue> issues) {
    }

    /** The oldest flagged entries of a period, at most a limit of them, and how many there are in all. */
    public record NeedsAttention(List<Flagged> oldest, int total) {
    }

    private final ContributionQueries queries;
    private final ContributionSummaryQueries aggregates;
    private final ContributionExports exports;

    ContributionSummaries(ContributionQueries queries, ContributionSummaryQueries aggregates, ContributionExports exports) {
        this.queries = queries;
        this.aggregates = aggregates;
        this.exports = exports;
    }

    /** {@code window} is the period with whether it is the default one; what the caller may see is summed. */
    public ContributionSummary summarize(Window window, Visibility visibility) {
        LocalDate from = window.from();
        LocalDate to = window.to();
        SqlStatement where = queries.where(ContributionQuery.period(from, to), visibility);
        Object[] totals = aggregates.totals(where);
        List<Group> byType = groups(aggregates.totalsByType(where));
        List<Group> byArea = groups(aggregates.totalsByArea(where));
        Map<String, Month> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m.toString(), new Month(m.toString(), 0, 0, 0, Map.of()));
        }
        for (Object[] row : aggregates.totalsByMonth(where)) {
            Figures f = figures(row, 1);
            months.put((String) row[0], new Month((String) row[0], f.count(), f.quantity(), f.reach(), f.counts()));
        }
        return new ContributionSummary(from, to, window, figures(totals, 0), byType, byArea,
                new ArrayList<>(months.values()), null, null);
    }

    /**
     * The period's entries that the caller sees and that the portal would refuse or ask more of, oldest first,
     * at most {@code limit}: the entries with their posts' slugs read through the export's cursor (one statement,
     * one entry held at a time, so a year of entries is never a list in memory) and two statements for the
     * catalogs, whatever the number of entries.
     */
    public NeedsAttention needingAttention(LocalDate from, LocalDate to, Visibility visibility, int limit) {
        List<Flagged> oldest = new ArrayList<>();
        int[] total = {0};
        try {
            exports.read(from, to, visibility, snapshot -> snapshot.each(exported -> {
                List<PortalIssue> issues = PortalReadiness.issues(exported.entry(), exported.url(), snapshot.catalogs());
                if (!issues.isEmpty()) {
                    total[0]++;
                    if (oldest.size() < limit) {
                        oldest.add(new Flagged(exported.entry(), issues));
                    }
                }
            }));
        } catch (IOException e) {
            // Nothing is written while reading: no I/O can fail here.
            throw new UncheckedIOException(e);
        }
        return new NeedsAttention(oldest, total[0]);
    }

    private static List<Group> groups(List<Object[]> rows) {
        List<Group> groups = new ArrayList<>();
        for (Object[] row : rows) {
            Figures f = figures(row, 2);
            groups.add(new Group((String) row[0], (String) row[1], f.count(), f.quantity(), f.reach(), f.counts()));
        }
        return groups;
    }

    /** The FIGURES columns of a row, starting at {@code first}: only the counts with a value. */
    private static Figures figures(Object[] row, int first) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < Metric.ALL.size(); i++) {
            Object sum = row[first + 3 + i];
            if (sum != null) {
                counts.put(Metric.ALL.get(i), number(sum));
            }
        }
        return new Figures(number(row[first]), number(row[first + 1]), number(row[first + 2]), counts);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
