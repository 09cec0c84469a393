package dev.mvpress.contribution.service;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import dev.mvpress.MvpressConfig;
import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.post.PostEvents;
import dev.mvpress.web.TimeSource;
import io.quarkus.logging.Log;

/**
 * A published post is a blog contribution: the first publication of a post logs one (unless turned
 * off), and a slug change moves its url along. Deleting the post keeps the entry (the database
 * clears the link).
 */
@ApplicationScoped
public class BlogContributionLogger {

    static final String BLOG = "blog";

    private final MvpressConfig.Contributions config;
    private final TimeSource time;
    private final EntityManager em;

    BlogContributionLogger(MvpressConfig config, TimeSource time, EntityManager em) {
        this.config = config.contributions();
        this.time = time;
        this.em = em;
    }

    void onFirstPublished(@Observes PostEvents.FirstPublished event) {
        if (!config.logPublishedPosts()) {
            return;
        }
        ContributionType type = ContributionType.findById(BLOG);
        TechnologyArea area = TechnologyArea.findById(config.blogTechnologyArea());
        if (type == null || area == null) {
            Log.warnf("Post %s was published but no blog contribution was logged: the catalogs have no type '%s'"
                    + " or no technology area '%s' (MVPRESS_CONTRIBUTIONS_BLOG_TECHNOLOGY_AREA)",
                    event.post().slug, BLOG, config.blogTechnologyArea());
            return;
        }
        Contribution c = new Contribution();
        c.id = UUID.randomUUID();
        c.type = BLOG;
        c.title = truncate(event.post().title, 100);
        c.description = event.post().description == null ? null : truncate(event.post().description, 1000);
        c.date = event.post().publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
        c.url = event.publicUrl();
        c.technologyArea = area.key;
        c.targetAudiences = new ArrayList<>(audiences());
        c.role = type.roles.isEmpty() ? null : type.roles.get(0);
        c.quantity = 1;
        c.reach = 0;
        c.post = event.post();
        c.createdAt = time.now();
        c.updatedAt = c.createdAt;
        c.persist();
    }

    void onRenamed(@Observes PostEvents.Renamed event) {
        em.createQuery("update Contribution c set c.url = :newUrl, c.version = c.version + 1, c.updatedAt = :now"
                        + " where c.post = :post and c.url = :oldUrl")
                .setParameter("newUrl", event.newUrl()).setParameter("oldUrl", event.oldUrl())
                .setParameter("post", event.post()).setParameter("now", time.now())
                .executeUpdate();
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

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
