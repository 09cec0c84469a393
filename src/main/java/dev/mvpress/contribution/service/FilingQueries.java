package dev.mvpress.contribution.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.mvpress.kernel.SqlStatement;

/** The statements of the filing ledger ({@link FilingLedger}); entries are then read through ContributionQueries. */
@ApplicationScoped
public class FilingQueries {

    /**
     * The ids among {@code :ids} that {@code where} lets through, each row locked as an update locks it until the
     * transaction ends, so that a write between this read and the ledger's own goes before or after it, never
     * between. Locked in id order: two bulk marks of overlapping entries wait for each other instead of deadlocking.
     */
    public static String lockVisibleSql(SqlStatement where) {
        return "select c.id from contribution c where c.id in (:ids) and " + where.sql()
                + " order by c.id for no key update of c";
    }

    private final EntityManager em;

    FilingQueries(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<UUID> lockVisible(List<UUID> ids, SqlStatement where) {
        return where.bind(em.createNativeQuery(lockVisibleSql(where))).setParameter("ids", ids).getResultList();
    }
}
