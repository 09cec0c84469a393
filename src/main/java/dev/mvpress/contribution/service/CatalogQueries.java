package dev.mvpress.contribution.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;

/** Every statement about the two catalogs: their lists, and how many entries use a type or an area. */
@ApplicationScoped
public class CatalogQueries {

    /** Panache: the types the portal has (or no longer has), in the portal's order. */
    public static final String TYPES_BY_PORTAL = "inPortal = ?1 order by position, key";

    /** Panache: the areas the portal has (or no longer has), by award category and name. */
    public static final String AREAS_BY_PORTAL = "inPortal = ?1 order by awardCategory, name";

    /** Panache: those of one award category, whatever its case. */
    public static final String AREAS_OF_CATEGORY = "inPortal = ?1 and lower(awardCategory) = lower(?2) order by name";

    /** How many entries use a type, area, role or count the portal no longer knows. */
    public static final String ENTRIES_WITH_UNKNOWN_NAMES = "select count(*) from contribution c where "
            + ContributionQueries.UNKNOWN_NAMES;

    /** Panache: the entries of a type. */
    public static final String ENTRIES_OF_TYPE = "type";

    /** The entries that have an area, as their primary or as an additional one. */
    public static final String ENTRIES_IN_AREA = "select count(*) from contribution where technology_area_key = :key"
            + " or additional_technology_areas @> jsonb_build_array(cast(:key as text))";

    private final EntityManager em;

    CatalogQueries(EntityManager em) {
        this.em = em;
    }

    public Page<ContributionType> types(boolean inPortal, PageRequest page) {
        var query = ContributionType.<ContributionType>find(TYPES_BY_PORTAL, inPortal);
        return Page.of(query.page(page.number() - 1, page.size()).list(), page, query.count());
    }

    /** All areas, or those of one award category when it is given. */
    public Page<TechnologyArea> areas(String awardCategory, boolean inPortal, PageRequest page) {
        var query = awardCategory == null || awardCategory.isBlank()
                ? TechnologyArea.<TechnologyArea>find(AREAS_BY_PORTAL, inPortal)
                : TechnologyArea.<TechnologyArea>find(AREAS_OF_CATEGORY, inPortal, awardCategory.strip());
        return Page.of(query.page(page.number() - 1, page.size()).list(), page, query.count());
    }

    public long entriesOfType(String key) {
        return Contribution.count(ENTRIES_OF_TYPE, key);
    }

    public long entriesWithUnknownNames() {
        return ((Number) em.createNativeQuery(ENTRIES_WITH_UNKNOWN_NAMES).getSingleResult()).longValue();
    }

    public long entriesInArea(String key) {
        return ((Number) em.createNativeQuery(ENTRIES_IN_AREA).setParameter("key", key).getSingleResult()).longValue();
    }
}
