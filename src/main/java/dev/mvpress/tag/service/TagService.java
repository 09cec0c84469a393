package dev.mvpress.tag.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.XmlChars;
import dev.mvpress.post.Visibility;
import dev.mvpress.tag.Tag;
import dev.mvpress.tag.api.TagRef;
import dev.mvpress.tag.api.TagView;
import dev.mvpress.tag.rest.TagViews;
import dev.mvpress.web.ProblemException;

/**
 * Reading tags, and finding the tags a post or a tag filter names. Creating, changing and deleting
 * tags through /api/tags is {@link TagWrites}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TagService {

    public static final int MAX_TAGS_PER_POST = 30;

    private final TagQueries queries;
    private final TimeSource time;

    TagService(TagQueries queries, TimeSource time) {
        this.queries = queries;
        this.time = time;
    }

    /** Every tag for a caller with drafts:read; for anyone else only the tags of published posts. */
    public Page<TagView> findAllTags(TagSort sort, PageRequest page, Visibility visibility) {
        Instant now = time.now();
        List<Object[]> rows = queries.page(sort, page, visibility, now);
        long total = queries.count(visibility, now);
        return Page.of(rows.stream().map(r -> TagViews.of((Tag) r[0], (Long) r[1])).toList(), page, total);
    }

    /** The tag, when the caller may see it: see {@link #findAllTags}. */
    public Optional<TagView> findTagBySlug(String slug, Visibility visibility) {
        return requestedSlug(slug).flatMap(lower -> queries.bySlugWithCount(lower, time.now()))
                .filter(r -> visibility.showsTag((Long) r[1]))
                .map(r -> TagViews.of((Tag) r[0], (Long) r[1]));
    }

    /**
     * The tags of these ids that still exist, by id, with their published post counts, in one statement
     * whatever the number; the caller decides visibility ({@link Visibility#showsTag} of the count).
     */
    public Map<UUID, TagView> findTagsByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, TagView> found = new HashMap<>();
        for (Object[] r : queries.byIdsWithCount(List.copyOf(ids), time.now())) {
            Tag tag = (Tag) r[0];
            found.put(tag.id, TagViews.of(tag, (Long) r[1]));
        }
        return found;
    }

    /**
     * A slug as a request names a tag: matched regardless of case, so lower-cased; empty when the text
     * cannot be a slug (and so names no tag).
     */
    static Optional<String> requestedSlug(String slug) {
        String lower = slug.toLowerCase(Locale.ROOT);
        return Slugs.valid(lower) ? Optional.of(lower) : Optional.empty();
    }

    /**
     * The tags a post names, in order and without repeats; existing tags are matched by slug, then by
     * name regardless of case, and the others are created. One query finds them all.
     */
    @Transactional
    public List<Tag> resolveTags(List<TagRef> refs) {
        if (refs == null || refs.isEmpty()) {
            return List.of();
        }
        if (refs.size() > MAX_TAGS_PER_POST) {
            throw ProblemException.invalid("tags", "at most " + MAX_TAGS_PER_POST + " tags per post");
        }
        List<String> slugs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            TagRef ref = refs.get(i);
            String field = "tags[" + i + "]";
            if (ref.slug() == null && (ref.name() == null || ref.name().isBlank())) {
                throw ProblemException.invalid(field, "must name a tag");
            }
            if (ref.name() != null && ref.name().strip().length() > 100) {
                throw ProblemException.invalid(field, "a tag name has at most 100 characters");
            }
            slugs.add(slugOf(ref, field));
            if (ref.name() != null) {
                names.add(ref.name().strip().toLowerCase(Locale.ROOT));
            }
        }
        List<Tag> found = TagQueries.bySlugsOrNames(slugs, names);
        Map<String, Tag> bySlug = new HashMap<>();
        Map<String, Tag> byName = new HashMap<>();
        for (Tag tag : found) {
            bySlug.put(tag.slug, tag);
            byName.putIfAbsent(tag.name.toLowerCase(Locale.ROOT), tag);
        }
        Map<UUID, Tag> result = new LinkedHashMap<>();
        Instant now = time.now();
        for (int i = 0; i < refs.size(); i++) {
            TagRef ref = refs.get(i);
            String slug = slugs.get(i);
            Tag tag = bySlug.get(slug);
            if (tag == null && ref.slug() == null) {
                tag = byName.get(ref.name().strip().toLowerCase(Locale.ROOT));
            }
            if (tag == null) {
                // Two posts naming the same new tag at once: the second waits, then finds the first one's tag.
                queries.lockSlug(slug);
                tag = TagQueries.bySlug(slug).orElse(null);
            }
            if (tag == null) {
                tag = Tag.create(slug, ref.name() != null ? ref.name().strip() : slug, now);
                tag.persist();
                bySlug.put(slug, tag);
                byName.putIfAbsent(tag.name.toLowerCase(Locale.ROOT), tag);
            }
            result.putIfAbsent(tag.id, tag);
        }
        return new ArrayList<>(result.values());
    }

    /**
     * The technology area of the tag each label names, for labels from elsewhere (a feed item's
     * categories, a session's tags): the tag whose slug the label makes, else the tag with that name
     * regardless of case, as a post's tags are matched. Labels that name no mapped tag are left out;
     * one query answers them all.
     */
    public Map<String, String> areasByLabel(Collection<String> labels) {
        Map<String, String> slugOf = new LinkedHashMap<>();
        for (String label : labels) {
            if (label != null && !label.isBlank()) {
                slugOf.put(label, Slugs.derive(label));
            }
        }
        if (slugOf.isEmpty()) {
            return Map.of();
        }
        List<String> slugs = slugOf.values().stream().filter(s -> !s.isEmpty()).distinct().toList();
        List<String> names = slugOf.keySet().stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        Map<String, Tag> bySlug = new HashMap<>();
        Map<String, Tag> byName = new HashMap<>();
        for (Tag tag : TagQueries.bySlugsOrNames(slugs.isEmpty() ? List.of("") : slugs, names)) {
            bySlug.put(tag.slug, tag);
            byName.putIfAbsent(tag.name.toLowerCase(Locale.ROOT), tag);
        }
        Map<String, String> areas = new HashMap<>();
        slugOf.forEach((label, slug) -> {
            Tag tag = bySlug.getOrDefault(slug, byName.get(label.strip().toLowerCase(Locale.ROOT)));
            if (tag != null && tag.technologyArea != null) {
                areas.put(label, tag.technologyArea);
            }
        });
        return areas;
    }

    /**
     * The slug a tag filter ({@code ?tag=}) stands for, found the way a post's tag is: a slug as it is;
     * otherwise the slug made from the text if a tag has it, else the tag of that name regardless of
     * case, so {@code ?tag=.NET} finds the posts that named {@code .NET} in their front matter.
     */
    public static String filterSlug(String value, String field) {
        String text = value.strip();
        if (XmlChars.firstIllegal(text) >= 0) {
            throw ProblemException.invalid(field, "must not contain control characters; a tag cannot have them");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (Slugs.valid(lower)) {
            return lower;
        }
        String derived = Slugs.derive(text);
        if (!derived.isEmpty() && TagQueries.slugTaken(derived)) {
            return derived;
        }
        Optional<Tag> named = TagQueries.byLowerName(lower);
        if (named.isPresent()) {
            return named.get().slug;
        }
        if (derived.isEmpty()) {
            throw ProblemException.invalid(field, "'" + value + "' is neither a tag slug nor a tag name");
        }
        return derived;
    }

    private static String slugOf(TagRef ref, String field) {
        if (ref.slug() != null) {
            String slug = ref.slug().strip().toLowerCase(Locale.ROOT);
            if (!Slugs.valid(slug)) {
                throw ProblemException.invalid(field + ".slug", Slugs.RULE);
            }
            return slug;
        }
        String derived = Slugs.derive(ref.name());
        if (derived.isEmpty()) {
            throw ProblemException.invalid(field, "no slug can be made from '" + ref.name()
                    + "'; give the tag as {\"slug\": \"...\", \"name\": \"" + ref.name() + "\"}");
        }
        return derived;
    }
}
