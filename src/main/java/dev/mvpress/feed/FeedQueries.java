package dev.mvpress.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.Visibility;
import dev.mvpress.tag.Tag;
import dev.mvpress.tag.service.TagQueries;

/** Every statement of the feeds and the sitemap; all of them see only what the public sees. */
@ApplicationScoped
public class FeedQueries {

    /** JPQL: the tag of {@code :slug} while a published post carries it. */
    static final String PUBLIC_TAG = "select t from Tag t where t.slug = :slug and " + TagQueries.PUBLIC;

    /** JPQL: the posts with their tags, in one statement. */
    static final String WITH_TAGS = "select distinct p from Post p left join fetch p.tags where p.id in :ids";

    /**
     * JPQL: slug, last change, kind, language and translation key of every published post and page that does not
     * ask to stay out of search engines (noindex), newest first.
     */
    static final String SITEMAP = "select p.slug, p.updatedAt, p.kind, p.language, p.translationKey from Post p where "
            + Visibility.POST_JPQL + " and p.noindex = false order by p.publishedAt desc";

    private final EntityManager em;

    FeedQueries(EntityManager em) {
        this.em = em;
    }

    /** JPQL: the ids of the newest published posts, of the tag {@code :tag} when {@code byTag}. */
    static String latestStatement(boolean byTag) {
        return "select p.id from Post p" + (byTag ? " join p.tags t where t = :tag and " : " where ")
                + Visibility.POST_JPQL + " and p.kind = :kind order by p.publishedAt desc, p.id desc";
    }

    Optional<Tag> publicTag(String slug, Instant now) {
        return Visibility.bind(em.createQuery(PUBLIC_TAG, Tag.class), now)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    List<UUID> latestIds(Optional<Tag> tag, int limit, Instant now) {
        TypedQuery<UUID> query = Visibility.bind(em.createQuery(latestStatement(tag.isPresent()), UUID.class), now)
                .setParameter("kind", PostKind.POST).setMaxResults(limit);
        tag.ifPresent(t -> query.setParameter("tag", t));
        return query.getResultList();
    }

    /**
     * A fetch join yields one row per tag, and PostgreSQL may return a post's rows apart: a stream hands
     * the post back once per row, a list is deduplicated by Hibernate (callers still merge by id).
     */
    List<Post> withTags(List<UUID> ids) {
        return em.createQuery(WITH_TAGS, Post.class).setParameter("ids", ids).getResultList();
    }

    List<Object[]> sitemap(Instant now, int limit) {
        return Visibility.bind(em.createQuery(SITEMAP, Object[].class), now).setMaxResults(limit).getResultList();
    }
}
