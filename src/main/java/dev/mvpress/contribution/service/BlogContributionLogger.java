package dev.mvpress.contribution.service;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;

import dev.mvpress.MvpressConfig;
import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.kernel.Fields;
import dev.mvpress.kernel.TextCut;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostEvents;
import dev.mvpress.post.PostUrls;

/**
 * A published post is a blog contribution: the first publication of a post logs one (unless turned
 * off), and a slug change moves its url along. Its areas come from the post's tags that map to one
 * ({@link TagAreas}), else from configuration. The logged entry follows its post (title, description,
 * date from publishedAt, url, the tags' areas) until the author edits the entry. Deleting the post keeps
 * the entry (the database clears the link); a post published again under the same slug takes that
 * entry back instead of logging a second one.
 */
@ApplicationScoped
public class BlogContributionLogger {

    static final String BLOG = "blog";

    private final MvpressConfig.Contributions config;
    private final TimeSource time;
    private final EntityManager em;
    private final ContributionQueries queries;
    private final PostUrls urls;

    BlogContributionLogger(MvpressConfig config, TimeSource time, EntityManager em, ContributionQueries queries,
            PostUrls urls) {
        this.urls = urls;
        this.config = config.contributions();
        this.time = time;
        this.em = em;
        this.queries = queries;
    }

    void onFirstPublished(@Observes PostEvents.FirstPublished event) {
        Post post = event.post();
        // The same post deleted and put back: its entry, unlinked by the deletion, follows it again.
        List<Contribution> orphans = queries.orphanedEntry(BLOG, event.publicUrl(), "%" + likeEscaped(urls.path(post.slug)));
        if (!orphans.isEmpty()) {
            orphans.get(0).post = post;
            follow(orphans.get(0), post);
            return;
        }
        if (!config.logPublishedPosts()) {
            return;
        }
        ContributionType type = ContributionType.findById(BLOG);
        TagAreas areas = areas(post);
        TechnologyArea area = TechnologyArea.findById(areas.primary());
        if (type == null || area == null) {
            Log.warnf("Post %s was published but no blog contribution was logged: the catalogs have no type '%s'"
                    + " or no technology area '%s' (MVPRESS_CONTRIBUTIONS_BLOG_TECHNOLOGY_AREA; or map one of the"
                    + " post's tags to an area)", event.post().slug, BLOG, areas.primary());
            return;
        }
        Contribution c = new Contribution();
        c.id = UUID.randomUUID();
        c.type = BLOG;
        c.title = TextCut.cut(event.post().title, 100);
        c.description = event.post().description == null ? null : TextCut.cut(event.post().description, 1000);
        c.date = event.post().publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
        c.url = event.publicUrl();
        c.followsPost = true;
        c.technologyArea = area.key;
        c.additionalTechnologyAreas = new ArrayList<>(areas.additional());
        c.targetAudiences = new ArrayList<>(audiences());
        c.role = type.roles.isEmpty() ? null : ContributionType.roleKey(type.roles.get(0));
        c.quantity = 1;
        c.reach = 0;
        c.post = event.post();
        c.createdAt = time.now();
        c.updatedAt = c.createdAt;
        c.persist();
    }

    /** Every write of a post carries its title, description, date and url to the entries that follow it. */
    void onWritten(@Observes PostEvents.Written event) {
        Post post = event.post();
        List<Contribution> following = queries.following(post);
        for (Contribution c : following) {
            follow(c, post);
        }
        if (!following.isEmpty()) {
            em.flush();
        }
    }

    private void follow(Contribution c, Post post) {
        Fields.update(c.title, TextCut.cut(post.title, 100), v -> c.title = v);
        Fields.update(c.description, post.description == null ? null : TextCut.cut(post.description, 1000),
                v -> c.description = v);
        if (post.publishedAt != null) {
            Fields.update(c.date, post.publishedAt.atZone(ZoneOffset.UTC).toLocalDate(), v -> c.date = v);
        }
        Fields.update(c.url, urls.publicUrl(post.slug), v -> c.url = v);
        TagAreas areas = areas(post);
        if (!areas.primary().equals(c.technologyArea) && TechnologyArea.findById(areas.primary()) == null) {
            // A configured area the catalog does not have: the entry keeps the areas it has.
            return;
        }
        Fields.update(c.technologyArea, areas.primary(), v -> c.technologyArea = v);
        Fields.update(c.additionalTechnologyAreas, areas.additional(), v -> c.additionalTechnologyAreas = new ArrayList<>(v));
    }

    /** The areas of the post's tags in the post's order, else the configured one. */
    private TagAreas areas(Post post) {
        return TagAreas.of(post.tags.stream().map(t -> t.technologyArea).toList(), config.blogTechnologyArea());
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    void onRenamed(@Observes PostEvents.Renamed event) {
        queries.moveUrl(event.post(), event.oldUrl(), event.newUrl(), time.now());
    }

    private List<String> audiences() {
        List<String> valid = new ArrayList<>();
        for (String audience : config.blogTargetAudiences()) {
            try {
                valid.add(TargetAudience.fromJson(audience.strip()).toString());
            } catch (IllegalArgumentException e) {
                Log.warnf("Ignoring target audience '%s' in MVPRESS_CONTRIBUTIONS_BLOG_TARGET_AUDIENCES: %s", audience,
                        e.getMessage());
            }
        }
        return valid.isEmpty() ? List.of(TargetAudience.DEVELOPER.toString()) : valid;
    }

}
