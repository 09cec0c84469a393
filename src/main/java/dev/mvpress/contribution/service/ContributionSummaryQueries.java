package dev.mvpress.contribution.service;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.mvpress.contribution.api.Metric;
import dev.mvpress.kernel.SqlStatement;

/**
 * The summary's four aggregate statements over the entries a {@link ContributionQueries#where} clause lets
 * through: totals, by type, by primary technology area, by month. Each row ends with the FIGURES columns.
 */
@ApplicationScoped
public class ContributionSummaryQueries {

    /**
     * The columns every summary statement adds up: count, quantity, reach, then one sum per count of
     * {@link Metric#ALL}, in its order, over the entries whose type (aliased {@code t}) asks for that count,
     * as the portal export sends them; null when no such entry has a value.
     */
    public static final String FIGURES = "count(*), coalesce(sum(c.quantity), 0), coalesce(sum(c.reach), 0), "
            // The jsonb literal is cast once, when the statement is planned; jsonb_build_array('...') ran per row
            // and made these statements about twice as slow on a year of 2,000 entries.
            + Metric.ALL.stream().map(m -> "sum(case when t.metrics @> cast('[\"" + m + "\"]' as jsonb)"
                    + " then cast(c.metrics ->> '" + m + "' as bigint) end)").collect(Collectors.joining(", "));

    /** What the summary statements read: the entries with their types, whose counts FIGURES needs. */
    private static final String ENTRIES_WITH_TYPES = " from contribution c join contribution_type t on t.key = c.type_key";

    public static String totalsSql(SqlStatement where) {
        return "select " + FIGURES + ENTRIES_WITH_TYPES + " where " + where.sql();
    }

    public static String byTypeSql(SqlStatement where) {
        return "select c.type_key, t.portal_name, " + FIGURES + ENTRIES_WITH_TYPES + " where " + where.sql()
                + " group by c.type_key, t.portal_name order by count(*) desc, c.type_key";
    }

    public static String byAreaSql(SqlStatement where) {
        return "select c.technology_area_key, a.name, " + FIGURES + ENTRIES_WITH_TYPES
                + " join technology_area a on a.key = c.technology_area_key where " + where.sql()
                + " group by c.technology_area_key, a.name order by count(*) desc, c.technology_area_key";
    }

    public static String byMonthSql(SqlStatement where) {
        return "select to_char(c.date, 'YYYY-MM'), " + FIGURES + ENTRIES_WITH_TYPES + " where " + where.sql()
                + " group by 1";
    }

    private final EntityManager em;

    ContributionSummaryQueries(EntityManager em) {
        this.em = em;
    }

    /** The FIGURES columns. */
    public Object[] totals(SqlStatement where) {
        return (Object[]) nativeQuery(totalsSql(where), where).getSingleResult();
    }

    /** key, name, then the FIGURES columns; most entries first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> totalsByType(SqlStatement where) {
        return nativeQuery(byTypeSql(where), where).getResultList();
    }

    /** key, name, then the FIGURES columns of the primary areas; most entries first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> totalsByArea(SqlStatement where) {
        return nativeQuery(byAreaSql(where), where).getResultList();
    }

    /** YYYY-MM, then the FIGURES columns, of the months with entries. */
    @SuppressWarnings("unchecked")
    public List<Object[]> totalsByMonth(SqlStatement where) {
        return nativeQuery(byMonthSql(where), where).getResultList();
    }

    private Query nativeQuery(String sql, SqlStatement where) {
        return where.bind(em.createNativeQuery(sql));
    }
}
