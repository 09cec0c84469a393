package dev.mvpress.contribution.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import dev.mvpress.contribution.api.ContributionSummary;
import dev.mvpress.contribution.api.ContributionSummary.Figures;
import dev.mvpress.contribution.api.ContributionSummary.Group;
import dev.mvpress.contribution.api.ContributionSummary.Month;
import dev.mvpress.post.Visibility;

/** The year at a glance that a nomination form asks for, computed by PostgreSQL in four aggregate queries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContributionSummaries {

    private final EntityManager em;
    private final ContributionService contributions;

    ContributionSummaries(EntityManager em, ContributionService contributions) {
        this.em = em;
        this.contributions = contributions;
    }

    public ContributionSummary summarize(LocalDate from, LocalDate to, Visibility visibility) {
        Map<String, Object> params = new HashMap<>();
        String where = contributions.where(new ContributionQuery(null, null, from, to, null, null), visibility, params);
        String figures = "count(*), coalesce(sum(c.quantity), 0), coalesce(sum(c.reach), 0)";

        Object[] totals = (Object[]) query("select " + figures + " from contribution c where " + where, params)
                .getSingleResult();
        List<Group> byType = groups(query("select c.type_key, t.portal_name, " + figures
                + " from contribution c join contribution_type t on t.key = c.type_key where " + where
                + " group by c.type_key, t.portal_name order by count(*) desc, c.type_key", params).getResultList());
        List<Group> byArea = groups(query("select c.technology_area_key, a.name, " + figures
                + " from contribution c join technology_area a on a.key = c.technology_area_key where " + where
                + " group by c.technology_area_key, a.name order by count(*) desc, c.technology_area_key", params)
                .getResultList());
        Map<String, Month> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m.toString(), new Month(m.toString(), 0, 0, 0));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("select to_char(c.date, 'YYYY-MM'), " + figures + " from contribution c where " + where
                + " group by 1", params).getResultList();
        for (Object[] row : rows) {
            months.put((String) row[0], new Month((String) row[0], number(row[1]), number(row[2]), number(row[3])));
        }
        return new ContributionSummary(from, to, new Figures(number(totals[0]), number(totals[1]), number(totals[2])),
                byType, byArea, new ArrayList<>(months.values()));
    }

    private Query query(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    @SuppressWarnings("rawtypes")
    private static List<Group> groups(List rows) {
        List<Group> groups = new ArrayList<>();
        for (Object o : rows) {
            Object[] row = (Object[]) o;
            groups.add(new Group((String) row[0], (String) row[1], number(row[2]), number(row[3]), number(row[4])));
        }
        return groups;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
