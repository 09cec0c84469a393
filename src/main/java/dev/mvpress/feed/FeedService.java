package dev.mvpress.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Post;
import dev.mvpress.tag.Tag;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.web.ProblemException;

/** The published posts feeds and the sitemap are made of, with their tags in the same statement. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedService {

    /** The sitemap protocol's limit for one file. */
    static final int SITEMAP_LIMIT = 50_000;

    private final FeedQueries queries;
    private final TimeSource time;

    FeedService(FeedQueries queries, TimeSource time) {
        this.queries = queries;
        this.time = time;
    }

    /** The newest published posts, optionally of one tag (404 for a tag that does not exist or no published post has). */
    public List<Post> latest(String tagSlug, int limit) {
        Instant now = time.now();
        Optional<Tag> tag = Optional.empty();
        if (tagSlug != null && !tagSlug.isBlank()) {
            // Feeds are public documents, the same for every caller: a tag no published post carries
            // does not exist in them. A tag filter accepts what a post accepts: the slug, or the name (`.NET`).
            tag = queries.publicTag(TagService.filterSlug(tagSlug, "tag"), now);
            if (tag.isEmpty()) {
                throw ProblemException.notFound("No tag has the slug '" + tagSlug + "'");
            }
        }
        List<UUID> ids = queries.latestIds(tag, limit, now);
        if (ids.isEmpty()) {
            return List.of();
        }
        // One row per tag comes back (FeedQueries#withTags): the merge function keeps the map safe whatever
        // the result holds.
        Map<UUID, Post> byId = queries.withTags(ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity(), (first, same) -> first));
        return ids.stream().map(byId::get).toList();
    }

    /** Slug and last change of every published post, newest first, for the sitemap. */
    public List<Object[]> sitemapEntries() {
        return queries.sitemap(time.now(), SITEMAP_LIMIT);
    }
}
