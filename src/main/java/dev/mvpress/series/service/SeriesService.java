package dev.mvpress.series.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.kernel.Fields;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.Visibility;
import dev.mvpress.series.Series;
import dev.mvpress.series.api.SeriesInput;
import dev.mvpress.series.api.SeriesRef;
import dev.mvpress.series.api.SeriesView;
import dev.mvpress.web.ProblemException;

/**
 * Reading series, and putting a post in the series it names (created on first use, as tags are). A series'
 * parts with their places are {@link SeriesNav}'s; renaming a series is {@link SeriesWrites}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeriesService {

    /** The highest number a post may have in its series: enough for any series, small enough to catch typos. */
    public static final int MAX_POSITION = 10_000;

    private final SeriesQueries queries;
    private final TimeSource time;

    SeriesService(SeriesQueries queries, TimeSource time) {
        this.queries = queries;
        this.time = time;
    }

    /** The series of which the caller may see at least one part, by name, with the parts they may see counted. */
    public Page<SeriesView> findAllSeries(PageRequest page, Visibility visibility) {
        Instant now = time.now();
        List<SeriesView> items = queries.page(page, visibility, now).stream()
                .map(r -> view((Series) r[0], (Long) r[1])).toList();
        return Page.of(items, page, queries.count(visibility, now));
    }

    /** The series of the slug (any case), when the caller may see at least one of its parts. */
    public Optional<SeriesView> findSeriesBySlug(String slug, Visibility visibility) {
        return findCountedBySlug(slug, visibility).map(c -> view(c.series(), c.postCount()));
    }

    /** A series and how many of its parts the caller may see. */
    public record Counted(Series series, long postCount) {
    }

    /** As {@link #findSeriesBySlug}, the entity itself with the parts the caller may see counted. */
    public Optional<Counted> findCountedBySlug(String slug, Visibility visibility) {
        return requestedSlug(slug).flatMap(lower -> queries.bySlugWithCount(lower, visibility, time.now()))
                .filter(r -> (Long) r[1] > 0).map(r -> new Counted((Series) r[0], (Long) r[1]));
    }

    /**
     * Puts the post in the series the input names (matched by slug, then by name regardless of case, created when
     * there is none) at the author's position, or takes it out of any series when the input names none. Touches
     * only what differs, so an identical write changes nothing.
     */
    @Transactional
    public void assign(Post post, SeriesRef ref, Integer position) {
        if (ref == null) {
            if (position != null) {
                throw ProblemException.invalid("seriesPosition",
                        "only a post in a series has a position: name the series too, or send \"seriesPosition\": null");
            }
            if (post.series != null) {
                post.series = null;
            }
            Fields.update(post.seriesPosition, null, v -> post.seriesPosition = v);
            return;
        }
        if (post.kind == PostKind.PAGE) {
            throw ProblemException.invalid("series", "a page is never in a series: series are for posts");
        }
        Series series = resolve(ref);
        if (post.series == null || !post.series.id.equals(series.id)) {
            post.series = series;
        }
        Fields.update(post.seriesPosition, position, v -> post.seriesPosition = v);
    }

    /** The series a post names; created when neither its slug nor its name is known. */
    Series resolve(SeriesRef ref) {
        String name = ref.name() == null ? null : ref.name().strip();
        if (ref.slug() == null && (name == null || name.isEmpty())) {
            throw ProblemException.invalid("series", "must name a series: a slug or name, or {\"slug\", \"name\"}");
        }
        if (name != null && name.length() > SeriesInput.MAX_NAME) {
            throw ProblemException.invalid("series", "a series name has at most " + SeriesInput.MAX_NAME + " characters");
        }
        String slug = slugOf(ref, name);
        String lowerName = ref.slug() == null ? name.toLowerCase(Locale.ROOT) : null;
        Optional<Series> found = SeriesQueries.bySlugOrName(slug, lowerName);
        if (found.isPresent()) {
            return found.get();
        }
        // Two posts naming the same new series at once: the second waits, then finds the first one's series.
        queries.lockSlug(slug);
        return SeriesQueries.bySlug(slug).orElseGet(() -> {
            Series series = Series.create(slug, name != null && !name.isEmpty() ? name : slug, time.now());
            series.persist();
            return series;
        });
    }

    /** A slug as a request names a series: matched regardless of case; empty when the text cannot be a slug. */
    static Optional<String> requestedSlug(String slug) {
        String lower = slug.toLowerCase(Locale.ROOT);
        return Slugs.valid(lower) ? Optional.of(lower) : Optional.empty();
    }

    public static SeriesView view(Series series, long postCount) {
        return new SeriesView(series.slug, series.name, series.description, postCount, series.createdAt,
                series.updatedAt, series.version);
    }

    private static String slugOf(SeriesRef ref, String name) {
        if (ref.slug() != null) {
            String slug = ref.slug().strip().toLowerCase(Locale.ROOT);
            if (!Slugs.valid(slug)) {
                throw ProblemException.invalid("series.slug", Slugs.RULE);
            }
            return slug;
        }
        String derived = Slugs.derive(name);
        if (derived.isEmpty()) {
            throw ProblemException.invalid("series", "no slug can be made from '" + name
                    + "'; give the series as {\"slug\": \"...\", \"name\": \"" + name + "\"}");
        }
        return derived;
    }
}
