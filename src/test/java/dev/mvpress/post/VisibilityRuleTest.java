package dev.mvpress.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.service.PostBody;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;
import dev.mvpress.tag.service.TagService;

/**
 * The SQL fragments of {@link Visibility} and its Java predicates say the same of the same rows at the
 * same instant: drafts (with and without a date), scheduled and published posts whose time is before,
 * exactly at and after now (to the microsecond PostgreSQL keeps), public and private contributions,
 * linked or not, and tags carried by public and hidden posts. The services that filter by visibility
 * agree too. The rows are written in the test's transaction, which is rolled back.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class VisibilityRuleTest {

    private static final String PREFIX = "vis-rule-";
    private static final Instant NOW = Instant.parse("2031-05-17T10:15:30.123456Z");

    @Inject
    EntityManager em;

    @Inject
    PostReads posts;

    @Inject
    ContributionService contributions;

    @Inject
    TagService tags;

    /** Each post: stored status and publishedAt, and whether the public sees it at {@link #NOW}. */
    private record Case(String name, String status, Instant publishedAt, boolean expectPublic) {
    }

    private static List<Case> cases() {
        return List.of(
                new Case("draft-undated", "draft", null, false),
                new Case("draft-dated-before", "draft", NOW.minus(1, ChronoUnit.DAYS), false),
                new Case("draft-dated-at", "draft", NOW, false),
                new Case("draft-dated-after", "draft", NOW.plus(1, ChronoUnit.DAYS), false),
                new Case("scheduled-long-before", "scheduled", NOW.minus(30, ChronoUnit.DAYS), true),
                new Case("scheduled-just-before", "scheduled", NOW.minus(1, ChronoUnit.MICROS), true),
                new Case("scheduled-at", "scheduled", NOW, true),
                new Case("scheduled-just-after", "scheduled", NOW.plus(1, ChronoUnit.MICROS), false),
                new Case("scheduled-long-after", "scheduled", NOW.plus(1, ChronoUnit.HOURS), false),
                new Case("published-before", "published", NOW.minus(2, ChronoUnit.DAYS), true),
                new Case("published-at", "published", NOW, true),
                new Case("published-after", "published", NOW.plus(1, ChronoUnit.MICROS), false));
    }

    @Test
    @TestTransaction
    void sqlJpqlAndJavaAgreeOnWhatThePublicSees() {
        QuarkusMock.installMockForType(new FixedTime(NOW), TimeSource.class);
        Map<String, UUID> postIds = new LinkedHashMap<>();
        Map<String, UUID> tagIds = new LinkedHashMap<>();
        for (Case c : cases()) {
            UUID post = insertPost(PREFIX + c.name(), c.status(), c.publishedAt());
            postIds.put(c.name(), post);
            UUID own = insertTag(PREFIX + "tag-" + c.name(), "Étiquette " + c.name());
            tagIds.put("tag-" + c.name(), own);
            tagPost(post, own, 0);
        }
        // A tag on hidden posts only, a tag on hidden and public posts, a tag on nothing.
        UUID hidden = insertTag(PREFIX + "tag-hidden-only", "Caché");
        tagPost(postIds.get("draft-dated-before"), hidden, 1);
        tagPost(postIds.get("scheduled-just-after"), hidden, 1);
        UUID mixed = insertTag(PREFIX + "tag-mixed", "Gemischt – öffentlich");
        tagPost(postIds.get("draft-undated"), mixed, 1);
        tagPost(postIds.get("scheduled-at"), mixed, 1);
        UUID empty = insertTag(PREFIX + "tag-empty", "Leer");
        tagIds.put("tag-hidden-only", hidden);
        tagIds.put("tag-mixed", mixed);
        tagIds.put("tag-empty", empty);

        List<UUID> entryIds = new ArrayList<>();
        entryIds.add(insertContribution("Öffentlich, ohne Beitrag", false, null));
        entryIds.add(insertContribution("Privé, sans article", true, null));
        for (UUID post : postIds.values()) {
            entryIds.add(insertContribution("Über einen Beitrag", false, post));
            entryIds.add(insertContribution("Privé, sur un article", true, post));
        }
        em.flush();
        em.clear();

        List<Post> stored = Post.<Post>list("slug like ?1", PREFIX + "%");
        assertEquals(cases().size(), stored.size());

        // The posts: expected, Java, native SQL, JPQL.
        Set<UUID> expected = cases().stream().filter(Case::expectPublic).map(c -> postIds.get(c.name()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<UUID> java = stored.stream().filter(p -> Visibility.isPublic(p, NOW)).map(p -> p.id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(names(expected, postIds), names(java, postIds), "Java");
        assertEquals(names(java, postIds), names(nativeIds("select p.id from post p where p.slug like :prefix and "
                + Visibility.POST_SQL), postIds), "native SQL");
        List<UUID> jpql = Visibility.bind(em.createQuery("select p.id from Post p where p.slug like :prefix and "
                + Visibility.POST_JPQL, UUID.class), NOW).setParameter("prefix", PREFIX + "%").getResultList();
        assertEquals(names(java, postIds), names(new TreeSet<>(jpql), postIds), "JPQL");
        assertEquals(names(java, postIds), names(nativeIds("select distinct pt.post_id from post_tag pt join post p"
                + " on p.id = pt.post_id where p.slug like :prefix and " + Visibility.TAGGED_POST_SQL), postIds),
                "native SQL on post_tag");
        assertEquals(names(java, postIds), names(nativeIds("select p.id from post p where p.slug like :prefix and "
                + Visibility.postSql("p", "now")), postIds), "postSql(alias, param)");

        // Scheduled for later: not a draft and not yet public, in both languages.
        Set<UUID> later =
                stored.stream().filter(p -> PostStatus.effective(p.status, p.publishedAt, NOW) == PostStatus.SCHEDULED)
                        .map(p -> p.id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("published-after", "scheduled-just-after", "scheduled-long-after"), names(later, postIds));
        assertEquals(names(later, postIds), names(nativeIds("select p.id from post p where p.slug like :prefix and "
                + Visibility.SCHEDULED_POST_SQL), postIds), "scheduled, native SQL");
        assertEquals(names(later, postIds), names(nativeIds("select distinct pt.post_id from post_tag pt join post p"
                + " on p.id = pt.post_id where p.slug like :prefix and " + Visibility.TAGGED_SCHEDULED_POST_SQL), postIds),
                "scheduled, native SQL on post_tag");

        // The services, at the same instant.
        for (Post p : stored) {
            boolean shown = Visibility.isPublic(p, NOW);
            assertEquals(shown, posts.findCardBySlug(p.slug, Visibility.PUBLIC, PostBody.NONE).isPresent(), p.slug);
            assertEquals(shown, posts.findPostBySlug(p.slug, Visibility.PUBLIC) instanceof PostReads.Lookup.Found, p.slug);
            assertTrue(posts.findCardBySlug(p.slug, Visibility.ALL, PostBody.NONE).isPresent(), p.slug);
        }

        // The contributions: Java against native SQL, each against the expectation, and the service.
        List<Contribution> entries = em.createQuery("select c from Contribution c left join fetch c.post where c.id in :ids",
                Contribution.class).setParameter("ids", entryIds).getResultList();
        assertEquals(entryIds.size(), entries.size());
        Set<UUID> javaEntries = entries.stream().filter(c -> Visibility.isPublic(c, NOW)).map(c -> c.id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<UUID> expectedEntries = entries.stream()
                .filter(c -> !c.privateEntry && (c.post == null || expected.contains(c.post.id))).map(c -> c.id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(1 + expected.size(), expectedEntries.size());
        assertEquals(expectedEntries, javaEntries, "contributions, Java");
        @SuppressWarnings("unchecked")
        List<UUID> sqlEntries = em.createNativeQuery("select c.id from contribution c where c.id in (:ids) and "
                + Visibility.CONTRIBUTION_SQL).setParameter("ids", entryIds).setParameter("now", NOW).getResultList();
        assertEquals(javaEntries, new TreeSet<>(sqlEntries), "contributions, native SQL");
        for (Contribution c : entries) {
            assertEquals(javaEntries.contains(c.id), contributions.findContribution(c.id.toString(), Visibility.PUBLIC)
                    .isPresent(), c.title + " " + (c.post == null ? "" : c.post.slug));
        }

        // The tags: public while a public post carries them.
        for (Map.Entry<String, UUID> tag : tagIds.entrySet()) {
            @SuppressWarnings("unchecked")
            List<UUID> carriers = em.createNativeQuery("select pt.post_id from post_tag pt where pt.tag_id = :tag")
                    .setParameter("tag", tag.getValue()).getResultList();
            long publicCarriers = carriers.stream().filter(java::contains).count();
            boolean expectShown = switch (tag.getKey()) {
                case "tag-hidden-only", "tag-empty" -> false;
                case "tag-mixed" -> true;
                default -> expected.contains(postIds.get(tag.getKey().substring("tag-".length())));
            };
            assertEquals(expectShown, Visibility.PUBLIC.showsTag(publicCarriers), tag.getKey());
            assertEquals(expectShown, tags.findTagBySlug(PREFIX + tag.getKey(), Visibility.PUBLIC).isPresent(), tag.getKey());
            assertTrue(tags.findTagBySlug(PREFIX + tag.getKey(), Visibility.ALL).isPresent(), tag.getKey());
        }
    }

    private Set<UUID> nativeIds(String sql) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(sql).setParameter("prefix", PREFIX + "%").setParameter("now", NOW)
                .getResultList();
        return new TreeSet<>(ids);
    }

    /** Case names instead of ids, so a failure says which post was judged differently. */
    private static Set<String> names(Set<UUID> ids, Map<String, UUID> byName) {
        return byName.entrySet().stream().filter(e -> ids.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private UUID insertPost(String slug, String status, Instant publishedAt) {
        UUID id = UUID.randomUUID();
        var insert = em.createNativeQuery("""
                insert into post (id, slug, title, excerpt, markdown, html, body_text, status, published_at, metadata,
                                  word_count, reading_time_minutes, created_at, updated_at, version, contribution_logged)
                values (:id, :slug, :title, 'Ein Auszug', '# Überschrift', '<h1>Überschrift</h1>', 'Überschrift', :status,
                        %s, '{}', 1, 1, :now, :now, 0, true)""".formatted(publishedAt == null ? "null" : ":publishedAt"))
                .setParameter("id", id).setParameter("slug", slug).setParameter("title", "Beitrag « " + slug + " »")
                .setParameter("status", status).setParameter("now", NOW);
        if (publishedAt != null) {
            insert.setParameter("publishedAt", publishedAt);
        }
        insert.executeUpdate();
        return id;
    }

    private UUID insertTag(String slug, String name) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into tag (id, slug, name, created_at, updated_at, version)"
                + " values (:id, :slug, :name, :now, :now, 0)")
                .setParameter("id", id).setParameter("slug", slug).setParameter("name", name).setParameter("now", NOW)
                .executeUpdate();
        return id;
    }

    private void tagPost(UUID post, UUID tag, int position) {
        em.createNativeQuery("insert into post_tag (post_id, tag_id, position) values (:post, :tag, :position)")
                .setParameter("post", post).setParameter("tag", tag).setParameter("position", position).executeUpdate();
    }

    private UUID insertContribution(String title, boolean privateEntry, UUID post) {
        UUID id = UUID.randomUUID();
        var insert = em.createNativeQuery("""
                insert into contribution (id, type_key, title, date, technology_area_key, target_audiences, private,
                                          post_id, created_at, updated_at)
                values (:id, 'blog', :title, date '2031-05-01', 'dotnet', '["developer"]', :private, %s, :now, :now)"""
                .formatted(post == null ? "null" : ":post"))
                .setParameter("id", id).setParameter("title", title).setParameter("private", privateEntry)
                .setParameter("now", NOW);
        if (post != null) {
            insert.setParameter("post", post);
        }
        insert.executeUpdate();
        return id;
    }
}
