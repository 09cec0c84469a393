package dev.mvpress.tag.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.kernel.Slugs;
import dev.mvpress.post.Visibility;
import dev.mvpress.tag.Tag;
import dev.mvpress.tag.api.TagInput;
import dev.mvpress.tag.api.TagRef;
import dev.mvpress.tag.api.TagView;
import dev.mvpress.kernel.Fields;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.web.ProblemException;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.kernel.XmlChars;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TagService {

    public static final int MAX_TAGS_PER_POST = 30;

    // Counts only what every caller may see: published posts, including scheduled ones whose time has come.
    private static final String POST_COUNT = "(select count(p) from Post p join p.tags pt"
            + " where pt.id = t.id and " + Visibility.POST_JPQL + ")";

    /**
     * Whether anonymous readers may see the tag: a tag exists for them while at least one published
     * post carries it.
     */
    private static final String PUBLIC = "exists (select 1 from Post p join p.tags pt"
            + " where pt.id = t.id and " + Visibility.POST_JPQL + ")";

    private final EntityManager em;
    private final TimeSource time;
    private final InputValidator validator;
    private final ObjectMapper json;

    TagService(EntityManager em, TimeSource time, InputValidator validator, ObjectMapper json) {
        this.em = em;
        this.time = time;
        this.validator = validator;
        this.json = json;
    }

    /** Every tag for a caller with drafts:read; for anyone else only the tags of published posts. */
    public Page<TagView> findAllTags(TagSort sort, PageRequest page, Visibility visibility) {
        Instant now = time.now();
        String where = visibility.all() ? "" : " where " + PUBLIC;
        List<Object[]> rows = Visibility.bind(em.createQuery("select t, " + POST_COUNT + " as postCount from Tag t" + where
                        + " order by " + sort.orderBy, Object[].class), now)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        var count = em.createQuery("select count(t) from Tag t" + where, Long.class);
        if (!visibility.all()) {
            Visibility.bind(count, now);
        }
        long total = count.getSingleResult();
        return Page.of(rows.stream().map(r -> TagView.of((Tag) r[0], (Long) r[1])).toList(), page, total);
    }

    /** The tag, when the caller may see it: see {@link #findAllTags}. */
    public Optional<TagView> findTagBySlug(String slug, Visibility visibility) {
        if (!Slugs.valid(slug.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<Object[]> rows = Visibility.bind(em.createQuery("select t, " + POST_COUNT + " from Tag t where t.slug = :slug",
                        Object[].class), time.now())
                .setParameter("slug", slug.toLowerCase(Locale.ROOT))
                .getResultList();
        return rows.stream().findFirst().filter(r -> visibility.showsTag((Long) r[1]))
                .map(r -> TagView.of((Tag) r[0], (Long) r[1]));
    }

    @Transactional
    public TagView persistTag(TagInput input) {
        validator.validate(input);
        String slug = input.slug() != null ? input.slug() : derive(input.name(), "name");
        if (Tag.count("slug", slug) > 0) {
            throw ProblemException.conflict("slug", "a tag with slug '" + slug + "' already exists");
        }
        Tag tag = Tag.create(slug, input.name().strip(), time.now());
        tag.description = Fields.blankToNull(input.description());
        tag.persist();
        return TagView.of(tag, 0);
    }

    /** Full replace; creates the tag when the slug is free. */
    @Transactional
    public Upsert<TagView> replaceTag(String slug, TagInput input, Consumer<Tag> precondition) {
        validator.validate(input);
        Optional<Tag> existing = findForWrite(slug, precondition);
        if (existing.isEmpty()) {
            IfMatch.requireExisting(precondition);
            if (!Slugs.valid(slug)) {
                throw ProblemException.invalid("slug", Slugs.RULE);
            }
            if (input.slug() != null && !input.slug().equals(slug)) {
                throw ProblemException.invalid("slug", "must match the path when PUT creates a tag");
            }
            Tag tag = Tag.create(slug, input.name().strip(), time.now());
            tag.description = Fields.blankToNull(input.description());
            tag.persist();
            return Upsert.created(TagView.of(tag, 0));
        }
        Tag tag = existing.get();
        apply(tag, input);
        return Upsert.updated(findTagBySlug(tag.slug, Visibility.ALL).orElseThrow());
    }

    @Transactional
    public Optional<TagView> partialUpdateTag(String slug, JsonNode patch, Consumer<Tag> precondition) {
        Optional<Tag> existing = findForWrite(slug, precondition);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        Tag tag = existing.get();
        JsonNode current = json.valueToTree(new TagInput(tag.slug, tag.name, tag.description));
        TagInput input = JsonBodies.convert(json, MergePatch.apply(current, patch), TagInput.class);
        validator.validate(input);
        apply(tag, input);
        return findTagBySlug(tag.slug, Visibility.ALL);
    }

    /** Deletes the tag and takes it off its posts, which count as changed. */
    @Transactional
    public boolean deleteTag(String slug, Consumer<Tag> precondition) {
        Optional<Tag> existing = findForWrite(slug, precondition);
        if (existing.isEmpty()) {
            return false;
        }
        UUID id = existing.get().id;
        em.createNativeQuery("update post set version = version + 1, updated_at = :now"
                        + " where id in (select post_id from post_tag where tag_id = :tag)")
                .setParameter("now", time.now()).setParameter("tag", id).executeUpdate();
        em.createNativeQuery("""
                update post_tag pt set position = r.rn - 1
                from (select post_id, tag_id, row_number() over (partition by post_id order by position) as rn
                      from post_tag where post_id in (select post_id from post_tag where tag_id = :tag)
                      and tag_id <> :tag) r
                where pt.post_id = r.post_id and pt.tag_id = r.tag_id
                """).setParameter("tag", id).executeUpdate();
        // Its post_tag rows go with it (on delete cascade), after the change log has seen whether
        // readers could see the tag (V9).
        em.createNativeQuery("delete from tag where id = :tag").setParameter("tag", id).executeUpdate();
        em.clear();
        return true;
    }

    /**
     * Tags are matched by slug regardless of case; a string that cannot be a slug finds nothing. With
     * a precondition (If-Match) the row is locked and checked before anything changes.
     */
    private static Optional<Tag> findForWrite(String slug, Consumer<Tag> precondition) {
        String lower = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.valid(lower)) {
            return Optional.empty();
        }
        if (precondition == null) {
            return Tag.find("slug", lower).firstResultOptional();
        }
        Optional<Tag> tag = Tag.<Tag> find("slug", lower).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        tag.ifPresent(precondition);
        return tag;
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
        List<Tag> found = Tag.list("slug in ?1 or lower(name) in ?2", slugs, names.isEmpty() ? List.of("") : names);
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
                em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))").setParameter("key", "tag-slug:" + slug)
                        .getSingleResult();
                tag = Tag.<Tag> find("slug", slug).firstResultOptional().orElse(null);
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
        if (!derived.isEmpty() && Tag.count("slug", derived) > 0) {
            return derived;
        }
        Optional<Tag> named = Tag.<Tag> find("lower(name)", lower).firstResultOptional();
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

    private void apply(Tag tag, TagInput input) {
        String newSlug = input.slug() != null ? input.slug() : tag.slug;
        if (!newSlug.equals(tag.slug)) {
            if (Tag.count("slug", newSlug) > 0) {
                throw ProblemException.conflict("slug", "a tag with slug '" + newSlug + "' already exists");
            }
            tag.slug = newSlug;
        }
        tag.name = input.name().strip();
        tag.description = Fields.blankToNull(input.description());
        em.flush();
    }

    private static String derive(String name, String field) {
        String slug = Slugs.derive(name);
        if (slug.isEmpty()) {
            throw ProblemException.invalid("slug", "no slug can be made from the " + field + "; give one");
        }
        return slug;
    }
}
