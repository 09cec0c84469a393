package dev.mvpress.tag.service;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.kernel.Fields;
import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.post.Visibility;
import dev.mvpress.tag.Tag;
import dev.mvpress.tag.api.TagInput;
import dev.mvpress.tag.api.TagView;
import dev.mvpress.tag.rest.TagViews;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.ProblemException;

/** Creating, replacing, patching and deleting tags through /api/tags; each answers the tag as an author sees it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TagWrites {

    private final EntityManager em;
    private final TagQueries queries;
    private final TagService tags;
    private final TimeSource time;
    private final InputValidator validator;
    private final ObjectMapper json;

    TagWrites(EntityManager em, TagQueries queries, TagService tags, TimeSource time, InputValidator validator,
            ObjectMapper json) {
        this.em = em;
        this.queries = queries;
        this.tags = tags;
        this.time = time;
        this.validator = validator;
        this.json = json;
    }

    @Transactional
    public TagView persistTag(TagInput input) {
        validator.validate(input);
        String slug = input.slug() != null ? input.slug() : derive(input.name(), "name");
        if (TagQueries.slugTaken(slug)) {
            throw ProblemException.conflict("slug", "a tag with slug '" + slug + "' already exists");
        }
        Tag tag = Tag.create(slug, input.name().strip(), time.now());
        tag.description = Fields.blankToNull(input.description());
        tag.technologyArea = area(input, null);
        tag.persist();
        return TagViews.of(tag, 0);
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
            tag.technologyArea = area(input, null);
            tag.persist();
            return Upsert.created(TagViews.of(tag, 0));
        }
        Tag tag = existing.get();
        apply(tag, input);
        return Upsert.updated(tags.findTagBySlug(tag.slug, Visibility.ALL).orElseThrow());
    }

    @Transactional
    public Optional<TagView> partialUpdateTag(String slug, JsonNode patch, Consumer<Tag> precondition) {
        Optional<Tag> existing = findForWrite(slug, precondition);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        Tag tag = existing.get();
        JsonNode current = json.valueToTree(new TagInput(tag.slug, tag.name, tag.description, tag.technologyArea));
        TagInput input = JsonBodies.convert(json, MergePatch.apply(current, patch), TagInput.class);
        validator.validate(input);
        apply(tag, input);
        return tags.findTagBySlug(tag.slug, Visibility.ALL);
    }

    /** Deletes the tag and takes it off its posts, which count as changed. */
    @Transactional
    public boolean deleteTag(String slug, Consumer<Tag> precondition) {
        Optional<Tag> existing = findForWrite(slug, precondition);
        if (existing.isEmpty()) {
            return false;
        }
        UUID id = existing.get().id;
        queries.delete(id, time.now());
        em.clear();
        return true;
    }

    /**
     * Tags are matched by slug regardless of case; a string that cannot be a slug finds nothing. With
     * a precondition (If-Match) the row is locked and checked before anything changes.
     */
    private static Optional<Tag> findForWrite(String slug, Consumer<Tag> precondition) {
        Optional<String> lower = TagService.requestedSlug(slug);
        if (lower.isEmpty() || precondition == null) {
            return lower.flatMap(TagQueries::bySlug);
        }
        Optional<Tag> tag = TagQueries.bySlugForUpdate(lower.get());
        tag.ifPresent(precondition);
        return tag;
    }

    private void apply(Tag tag, TagInput input) {
        String newSlug = input.slug() != null ? input.slug() : tag.slug;
        if (!newSlug.equals(tag.slug)) {
            if (TagQueries.slugTaken(newSlug)) {
                throw ProblemException.conflict("slug", "a tag with slug '" + newSlug + "' already exists");
            }
            tag.slug = newSlug;
        }
        tag.name = input.name().strip();
        tag.description = Fields.blankToNull(input.description());
        Fields.update(tag.technologyArea, area(input, tag.technologyArea), v -> tag.technologyArea = v);
        em.flush();
    }

    /**
     * The area key the input maps the tag to, null for none. A key the catalog does not have is a 400, and
     * so is an area the portal retired, unless the tag already maps to it (as entries keep retired names).
     */
    private static String area(TagInput input, String current) {
        String key = Fields.blankToNull(input.technologyArea());
        if (key == null || key.equals(current)) {
            return key;
        }
        TechnologyArea area = TagQueries.area(key).orElseThrow(() -> ProblemException.invalid("technologyArea",
                "'" + key + "' is not a technology area; see GET /api/technology-areas"));
        if (!area.inPortal) {
            throw ProblemException.invalid("technologyArea", "the MVP portal no longer has '" + area.name
                    + "'; map the tag to an area of GET /api/technology-areas?inPortal=true");
        }
        return key;
    }

    private static String derive(String name, String field) {
        String slug = Slugs.derive(name);
        if (slug.isEmpty()) {
            throw ProblemException.invalid("slug", "no slug can be made from the " + field + "; give one");
        }
        return slug;
    }
}
