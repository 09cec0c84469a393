package dev.mvpress.contribution.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.contribution.api.ContributionSummary;
import dev.mvpress.contribution.api.ContributionSummary.Figures;
import dev.mvpress.contribution.api.ContributionSummary.Group;
import dev.mvpress.contribution.api.ContributionSummary.Month;
import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.post.Visibility;

/** The year at a glance that a nomination form asks for, computed by PostgreSQL in four aggregate queries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContributionSummaries {

    private final ContributionQueries queries;

    ContributionSummaries(ContributionQueries queries) {
        this.queries = queries;
    }

    public ContributionSummary summarize(LocalDate from, LocalDate to, Visibility visibility) {
        SqlStatement where = queries.where(ContributionQuery.period(from, to), visibility);
        Object[] totals = queries.totals(where);
        List<Group> byType = groups(queries.totalsByType(where));
        List<Group> byArea = groups(queries.totalsByArea(where));
        Map<String, Month> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m.toString(), new Month(m.toString(), 0, 0, 0));
        }
        for (Object[] row : queries.totalsByMonth(where)) {
            months.put((String) row[0], new Month((String) row[0], number(row[1]), number(row[2]), number(row[3])));
        }
        return new ContributionSummary(from, to, new Figures(number(totals[0]), number(totals[1]), number(totals[2])),
                byType, byArea, new ArrayList<>(months.values()));
    }

    private static List<Group> groups(List<Object[]> rows) {
        List<Group> groups = new ArrayList<>();
        for (Object[] row : rows) {
            groups.add(new Group((String) row[0], (String) row[1], number(row[2]), number(row[3]), number(row[4])));
        }
        return groups;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
