package dev.mvpress.site.rest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.rest.ContributionViews;
import dev.mvpress.contribution.service.ContributionQueries;
import dev.mvpress.contribution.service.ContributionQuery;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.contribution.service.ContributionSort;
import dev.mvpress.contribution.service.ContributionSummaryQueries;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Visibility;
import dev.mvpress.post.rest.PostViews;
import dev.mvpress.post.service.FoundPosts;
import dev.mvpress.post.service.PostBody;
import dev.mvpress.post.service.PostQuery;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.post.service.StatusFilter;
import dev.mvpress.site.api.ProfileLink;
import dev.mvpress.site.api.ProfileView;
import dev.mvpress.site.api.ProfileView.ProfileCounts;
import dev.mvpress.site.api.ProfileView.ProfileSite;
import dev.mvpress.site.api.ProfileView.TypeCount;
import dev.mvpress.site.api.SiteAuthor;
import dev.mvpress.site.api.SiteView;
import dev.mvpress.site.api.SocialAccount;
import dev.mvpress.site.service.SiteSettings;

/**
 * The author's public profile page, always as an anonymous reader sees it, in a fixed number of statements
 * whatever the data: the settings (one), the newest posts with the published total (the post list's
 * statements), the newest public contributions (ids, then the entries with their posts) and their counts by
 * type (one aggregate).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Profiles {

    /** Newest published posts on the profile. */
    static final int RECENT_POSTS = 5;
    /** Newest public contributions on the profile. */
    static final int RECENT_CONTRIBUTIONS = 10;

    private final SiteSettings settings;
    private final PostReads posts;
    private final PostViews postViews;
    private final ContributionQueries contributions;
    private final ContributionSummaryQueries aggregates;
    private final ContributionService entries;
    private final TimeSource time;

    Profiles(SiteSettings settings, PostReads posts, PostViews postViews, ContributionQueries contributions,
            ContributionSummaryQueries aggregates, ContributionService entries, TimeSource time) {
        this.settings = settings;
        this.posts = posts;
        this.postViews = postViews;
        this.contributions = contributions;
        this.aggregates = aggregates;
        this.entries = entries;
        this.time = time;
    }

    public ProfileView profile() {
        SiteView site = settings.current();
        // The post list's own query, so whatever it leaves out of lists (pages, say) the profile leaves out too.
        FoundPosts found = posts.findPosts(new PostQuery(List.of(), null, null, StatusFilter.PUBLISHED, null, null, null),
                new PageRequest(1, RECENT_POSTS), Visibility.PUBLIC, PostBody.NONE);
        Instant now = time.now();
        SqlStatement where = contributions.where(ContributionQuery.period(null, null), Visibility.PUBLIC);
        List<UUID> ids = contributions.pageIds(where, ContributionSort.DATE_DESC, new PageRequest(1, RECENT_CONTRIBUTIONS));
        List<Contribution> recent = contributions.byIds(ids);
        List<TypeCount> byType = aggregates.totalsByType(where).stream()
                .map(r -> new TypeCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        long total = byType.stream().mapToLong(TypeCount::count).sum();
        return new ProfileView(site.author(),
                new ProfileSite(site.title(), site.description(), site.language(), site.url()),
                new ProfileCounts(found.page().page().totalItems(), total, byType),
                found.page().items().stream().map(p -> postViews.of(p, now, null)).toList(),
                recent.stream().map(c -> ContributionViews.of(c, Visibility.PUBLIC, entries.url(c), null)).toList(),
                person(site));
    }

    /**
     * schema.org Person: name, description (the bio), image (the avatar), url (the author's page, else the
     * site), sameAs (profile links, then social accounts). Absent values are left out, not null.
     */
    static Map<String, Object> person(SiteView site) {
        SiteAuthor author = site.author();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@context", "https://schema.org");
        person.put("@type", "Person");
        person.put("name", author.name());
        if (author.bio() != null) {
            person.put("description", author.bio());
        }
        if (author.avatar() != null) {
            person.put("image", author.avatar().url());
        }
        person.put("url", author.url() != null ? author.url() : site.url());
        Set<String> sameAs = new LinkedHashSet<>();
        author.links().stream().map(ProfileLink::url).forEach(sameAs::add);
        site.social().stream().map(SocialAccount::url).forEach(sameAs::add);
        if (!sameAs.isEmpty()) {
            person.put("sameAs", List.copyOf(sameAs));
        }
        return person;
    }
}
