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

    /** Panache: the types in the portal's order. */
    public static final String TYPE_ORDER = "order by position, key";

    /** Panache: the areas by award category and name. */
    public static final String AREA_ORDER = "order by awardCategory, name";

    /** Panache: the areas of one award category, whatever its case. */
    public static final String AREAS_OF_CATEGORY = "lower(awardCategory) = lower(?1) order by name";

    /** Panache: the entries of a type. */
    public static final String ENTRIES_OF_TYPE = "type";

    /** The entries that have an area, as their primary or as an additional one. */
    public static final String ENTRIES_IN_AREA = "select count(*) from contribution where technology_area_key = :key"
            + " or additional_technology_areas @> jsonb_build_array(cast(:key as text))";

    private final EntityManager em;

    CatalogQueries(EntityManager em) {
        this.em = em;
    }

    public Page<ContributionType> types(PageRequest page) {
        var query = ContributionType.<ContributionType>find(TYPE_ORDER);
        return Page.of(query.page(page.number() - 1, page.size()).list(), page, query.count());
    }

    /** All areas, or those of one award category when it is given. */
    public Page<TechnologyArea> areas(String awardCategory, PageRequest page) {
        var query = awardCategory == null || awardCategory.isBlank()
                ? TechnologyArea.<TechnologyArea>find(AREA_ORDER)
                : TechnologyArea.<TechnologyArea>find(AREAS_OF_CATEGORY, awardCategory.strip());
        return Page.of(query.page(page.number() - 1, page.size()).list(), page, query.count());
    }

    public long entriesOfType(String key) {
        return Contribution.count(ENTRIES_OF_TYPE, key);
    }

    public long entriesInArea(String key) {
        return ((Number) em.createNativeQuery(ENTRIES_IN_AREA).setParameter("key", key).getSingleResult()).longValue();
    }
}
