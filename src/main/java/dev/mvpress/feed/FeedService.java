package dev.mvpress.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.mvpress.post.Post;
import dev.mvpress.post.Visibility;
import dev.mvpress.tag.Tag;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.web.ProblemException;
import dev.mvpress.kernel.TimeSource;

/** The published posts feeds and the sitemap are made of, with their tags in the same statement. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedService {

    /** The sitemap protocol's limit for one file. */
    static final int SITEMAP_LIMIT = 50_000;

    private final EntityManager em;
    private final TimeSource time;

    FeedService(EntityManager em, TimeSource time) {
        this.em = em;
        this.time = time;
    }

    /** The newest published posts, optionally of one tag (404 for a tag that does not exist or no published post has). */
    public List<Post> latest(String tagSlug, int limit) {
        Instant now = time.now();
        Optional<Tag> tag = Optional.empty();
        if (tagSlug != null && !tagSlug.isBlank()) {
            // Feeds are public documents, the same for every caller: a tag no published post carries
            // does not exist in them.
            tag = Visibility.bind(em.createQuery("select t from Tag t where t.slug = :slug and exists (select 1 from Post p"
                            + " join p.tags pt where pt.id = t.id and " + Visibility.POST_JPQL + ")", Tag.class), now)
                    // A tag filter accepts what a post accepts: the slug, or the name (`.NET`).
                    .setParameter("slug", TagService.filterSlug(tagSlug, "tag"))
                    .getResultStream().findFirst();
            if (tag.isEmpty()) {
                throw ProblemException.notFound("No tag has the slug '" + tagSlug + "'");
            }
        }
        var query = Visibility.bind(em.createQuery("select p.id from Post p" + (tag.isPresent() ? " join p.tags t where t = :tag and " : " where ")
                        + Visibility.POST_JPQL + " order by p.publishedAt desc, p.id desc", UUID.class), now)
                .setMaxResults(limit);
        tag.ifPresent(t -> query.setParameter("tag", t));
        List<UUID> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // A fetch join yields one row per tag, and PostgreSQL may return a post's rows apart: a stream hands
        // the post back once per row, a list is deduplicated by Hibernate. The merge function keeps the
        // map safe whatever the result holds.
        Map<UUID, Post> byId = em.createQuery("select distinct p from Post p left join fetch p.tags where p.id in :ids", Post.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity(), (first, same) -> first));
        return ids.stream().map(byId::get).toList();
    }

    /** Slug and last change of every published post, newest first, for the sitemap. */
    public List<Object[]> sitemapEntries() {
        return Visibility.bind(em.createQuery("select p.slug, p.updatedAt from Post p where " + Visibility.POST_JPQL
                        + " order by p.publishedAt desc", Object[].class), time.now())
                .setMaxResults(SITEMAP_LIMIT).getResultList();
    }
}
