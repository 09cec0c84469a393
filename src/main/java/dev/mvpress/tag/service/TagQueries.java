package dev.mvpress.tag.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.post.Visibility;
import dev.mvpress.tag.Tag;

/**
 * Every statement about tags: the list and lookups with their published post counts, the Panache
 * lookups by slug and name, the statements that delete a tag, and the lock that serializes creating one.
 */
@ApplicationScoped
public class TagQueries {

    /** JPQL: the published posts (scheduled ones whose time has come included) carrying the Tag aliased {@code t}. */
    static final String POST_COUNT = "(select count(p) from Post p join p.tags pt"
            + " where pt.id = t.id and " + Visibility.POST_JPQL + ")";

    /**
     * JPQL: whether anonymous readers may see the Tag aliased {@code t}: a tag exists for them while at
     * least one published post carries it.
     */
    public static final String PUBLIC = "exists (select 1 from Post p join p.tags pt"
            + " where pt.id = t.id and " + Visibility.POST_JPQL + ")";

    /** JPQL: one tag by slug with its published post count. */
    static final String BY_SLUG_WITH_COUNT = "select t, " + POST_COUNT + " from Tag t where t.slug = :slug";

    /** JPQL: the tags of the ids {@code :ids} with their published post counts. */
    static final String BY_IDS_WITH_COUNT = "select t, " + POST_COUNT + " from Tag t where t.id in :ids";

    /** Panache: tags by slug. */
    static final String SLUG = "slug";

    /** Panache: tags by name, lower-cased. */
    static final String LOWER_NAME = "lower(name)";

    /** Panache: tags by any of the slugs ({@code ?1}) or lower-cased names ({@code ?2}). */
    static final String SLUGS_OR_NAMES = "slug in ?1 or lower(name) in ?2";

    /** Native SQL: the posts that carry tag {@code :tag} count as changed. */
    static final String TOUCH_TAGGED_POSTS = "update post set version = version + 1, updated_at = :now"
            + " where id in (select post_id from post_tag where tag_id = :tag)";

    /** Native SQL: the other tags of those posts close the gap that tag {@code :tag} leaves in their order. */
    static final String CLOSE_POSITIONS = """
            update post_tag pt set position = r.rn - 1
            from (select post_id, tag_id, row_number() over (partition by post_id order by position) as rn
                  from post_tag where post_id in (select post_id from post_tag where tag_id = :tag)
                  and tag_id <> :tag) r
            where pt.post_id = r.post_id and pt.tag_id = r.tag_id
            """;

    /** Native SQL: the tag row; its post_tag rows go with it (on delete cascade). */
    static final String DELETE = "delete from tag where id = :tag";

    /** Native SQL: a transaction lock on a key ({@code tag-slug:<slug>}). */
    static final String ADVISORY_LOCK = "select pg_advisory_xact_lock(hashtext(:key))";

    private final EntityManager em;

    TagQueries(EntityManager em) {
        this.em = em;
    }

    /** JPQL: one page of tags with their published post counts, only the public ones unless {@code all}. */
    static String listStatement(TagSort sort, boolean all) {
        return "select t, " + POST_COUNT + " as postCount from Tag t" + where(all) + " order by " + orderBy(sort);
    }

    /** JPQL: how many tags {@link #listStatement} pages through. */
    static String countStatement(boolean all) {
        return "select count(t) from Tag t" + where(all);
    }

    static String orderBy(TagSort sort) {
        return switch (sort) {
            case NAME -> "lower(t.name), t.slug";
            case POST_COUNT_DESC -> "postCount desc, lower(t.name), t.slug";
        };
    }

    private static String where(boolean all) {
        return all ? "" : " where " + PUBLIC;
    }

    /** Rows of (Tag, published post count). */
    List<Object[]> page(TagSort sort, PageRequest page, Visibility visibility, Instant now) {
        return Visibility.bind(em.createQuery(listStatement(sort, visibility.all()), Object[].class), now)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
    }

    long count(Visibility visibility, Instant now) {
        TypedQuery<Long> count = em.createQuery(countStatement(visibility.all()), Long.class);
        if (!visibility.all()) {
            Visibility.bind(count, now);
        }
        return count.getSingleResult();
    }

    /** The row of (Tag, published post count) of the slug, if there is such a tag. */
    Optional<Object[]> bySlugWithCount(String slug, Instant now) {
        List<Object[]> rows = Visibility.bind(em.createQuery(BY_SLUG_WITH_COUNT, Object[].class), now)
                .setParameter("slug", slug)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** Rows of (Tag, published post count) of those ids that exist. */
    List<Object[]> byIdsWithCount(List<UUID> ids, Instant now) {
        return Visibility.bind(em.createQuery(BY_IDS_WITH_COUNT, Object[].class), now).setParameter("ids", ids)
                .getResultList();
    }

    /** The technology area of the key, retired or not. */
    static Optional<TechnologyArea> area(String key) {
        return TechnologyArea.findByIdOptional(key);
    }

    static boolean slugTaken(String slug) {
        return Tag.count(SLUG, slug) > 0;
    }

    static Optional<Tag> bySlug(String slug) {
        return Tag.find(SLUG, slug).firstResultOptional();
    }

    /** The tag of the slug, its row locked until the transaction ends. */
    static Optional<Tag> bySlugForUpdate(String slug) {
        return Tag.<Tag>find(SLUG, slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    static Optional<Tag> byLowerName(String lowerName) {
        return Tag.<Tag>find(LOWER_NAME, lowerName).firstResultOptional();
    }

    /** Every tag having one of the slugs or, regardless of case, one of the (lower-cased) names. */
    static List<Tag> bySlugsOrNames(List<String> slugs, List<String> lowerNames) {
        return Tag.list(SLUGS_OR_NAMES, slugs, lowerNames.isEmpty() ? List.of("") : lowerNames);
    }

    /** Waits for any other transaction creating a tag with this slug. */
    void lockSlug(String slug) {
        em.createNativeQuery(ADVISORY_LOCK).setParameter("key", "tag-slug:" + slug).getSingleResult();
    }

    /**
     * Takes the tag off its posts, which count as changed, and deletes it; its post_tag rows go with it
     * (on delete cascade), after the change log has seen whether readers could see the tag (V9).
     */
    void delete(UUID id, Instant now) {
        em.createNativeQuery(TOUCH_TAGGED_POSTS).setParameter("now", now).setParameter("tag", id).executeUpdate();
        em.createNativeQuery(CLOSE_POSITIONS).setParameter("tag", id).executeUpdate();
        em.createNativeQuery(DELETE).setParameter("tag", id).executeUpdate();
    }
}
