package dev.mvpress.contribution.importer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Visibility;

/** The importers' one statement: which entries already have one of the URLs an import brings. */
@ApplicationScoped
public class ImportQueries {

    /** id, url and whether anonymous readers see it, of every entry with one of {@code :urls} (V11's hash index). */
    public static final String BY_URLS = "select c.id, c.url, " + Visibility.CONTRIBUTION_SQL
            + " from contribution c where c.url in (:urls) order by c.created_at, c.id";

    private final EntityManager em;
    private final TimeSource time;

    ImportQueries(EntityManager em, TimeSource time) {
        this.em = em;
        this.time = time;
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> byUrls(List<String> urls) {
        if (urls.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery(BY_URLS).setParameter("urls", urls).setParameter("now", time.now()).getResultList();
    }
}
