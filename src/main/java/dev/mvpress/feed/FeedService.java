package dev.mvpress.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
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

    /** The instant a request's statements all see the site at. */
    public Instant now() {
        return time.now();
    }

    /** The sitemap's files, at most {@code maxUrls} URLs each (the home page is in the first), from one statement. */
    List<FeedQueries.SitemapFile> sitemapFiles(int maxUrls, Instant now) {
        return queries.sitemapFiles(maxUrls, now);
    }

    /**
     * The posts of one sitemap file as a cursor reads them, inside a transaction of their own: the sitemap is
     * written after the resource method returned, and PostgreSQL's driver fetches a result in parts only inside
     * a transaction. The rows are scalars, so the persistence context stays empty however long the file is.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void eachSitemapUrl(FeedQueries.SitemapFile file, int urls, Instant now, Consumer<FeedQueries.SitemapUrl> each) {
        queries.sitemapFile(file, urls, now, each);
    }
}
