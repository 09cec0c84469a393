package dev.mvpress.contribution.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.kernel.Fields;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostUrls;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Problem.FieldError;
import dev.mvpress.web.ProblemException;

/**
 * Contribution entries: lists and lookups through {@link ContributionQueries}, and every write through one
 * check-and-copy path; {@link #problems} and {@link #persistChecked} let an import use the same rules.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContributionService {

    private final EntityManager em;
    private final ContributionQueries queries;
    private final CatalogService catalogs;
    private final InputValidator validator;
    private final TimeSource time;
    private final ObjectMapper json;
    private final PostUrls urls;
    private final FilingLedger ledger;

    ContributionService(EntityManager em, ContributionQueries queries, CatalogService catalogs, InputValidator validator,
            TimeSource time, ObjectMapper json, PostUrls urls, FilingLedger ledger) {
        this.urls = urls;
        this.ledger = ledger;
        this.em = em;
        this.queries = queries;
        this.catalogs = catalogs;
        this.validator = validator;
        this.time = time;
        this.json = json;
    }

    /** The best passage of each entry for a search, HTML-escaped, with the matches in {@code <mark>}. */
    public Map<UUID, String> snippets(List<Contribution> entries, String q) {
        return q == null || entries.isEmpty() ? Map.of() : queries.snippets(entries.stream().map(c -> c.id).toList(), q);
    }

    /** One page in three statements whatever its size: the ids, the entries with their posts, the count. */
    public Page<Contribution> findContributions(ContributionQuery query, PageRequest page, Visibility visibility) {
        SqlStatement where = queries.where(query, visibility);
        ContributionSort sort = query.sort() != null ? query.sort()
                : query.q() != null ? ContributionSort.RELEVANCE : ContributionSort.DATE_DESC;
        if (sort == ContributionSort.RELEVANCE && !where.params().containsKey("q")) {
            throw ProblemException.invalid("sort", "relevance needs q");
        }
        List<UUID> pageIds = queries.pageIds(where, sort, page);
        long total = queries.count(where);
        return Page.of(queries.byIds(pageIds), page, total);
    }

    public Optional<Contribution> findContribution(String id, Visibility visibility) {
        SqlStatement where = queries.where(ContributionQuery.period(null, null), visibility);
        return uuid(id).flatMap(uuid -> queries.byIds(queries.visibleId(uuid, where)).stream().findFirst());
    }

    /** Logs a new entry; unless {@code separate}, one that repeats a visible entry is a 409 (FilingLedger#refuseRepeat). */
    @Transactional
    public Contribution persistContribution(ContributionInput input, boolean separate, Visibility visibility) {
        Contribution contribution = new Contribution();
        contribution.id = UUID.randomUUID();
        apply(contribution, input, catalogs.loadCatalogs(), true);
        if (!separate) {
            ledger.refuseRepeat(contribution, visibility);
        }
        contribution.persist();
        em.flush();
        return contribution;
    }

    /** Full replace; creates the entry when no entry has that id (a UUID the client chose). */
    @Transactional
    public Upsert<Contribution> replaceContribution(String id, ContributionInput input, Consumer<Contribution> precondition) {
        UUID uuid = uuid(id).orElseThrow(() -> ProblemException.invalid("id", "must be a UUID"));
        Contribution existing = findForWrite(uuid, precondition).orElse(null);
        if (existing == null) {
            IfMatch.requireExisting(precondition);
            Contribution created = new Contribution();
            created.id = uuid;
            apply(created, input, catalogs.loadCatalogs(), true);
            created.persist();
            em.flush();
            return Upsert.created(created);
        }
        stopFollowingIfEdited(existing, input);
        apply(existing, input, catalogs.loadCatalogs(), false);
        em.flush();
        return Upsert.updated(existing);
    }

    @Transactional
    public Optional<Contribution> partialUpdateContribution(String id, JsonNode patch, Consumer<Contribution> precondition) {
        Optional<Contribution> existing = uuid(id).flatMap(u -> findForWrite(u, precondition));
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        Contribution contribution = existing.get();
        JsonNode current = json.valueToTree(toInput(contribution));
        ContributionInput input = JsonBodies.convert(json, MergePatch.apply(current, patch), ContributionInput.class);
        stopFollowingIfEdited(contribution, input);
        apply(contribution, input, catalogs.loadCatalogs(), false);
        em.flush();
        return Optional.of(contribution);
    }

    @Transactional
    public boolean deleteContribution(String id, Consumer<Contribution> precondition) {
        Optional<Contribution> existing = uuid(id).flatMap(u -> findForWrite(u, precondition));
        existing.ifPresent(Contribution::delete);
        return existing.isPresent();
    }

    /** The author's own edit of an auto-logged entry is final: from then on it no longer follows its post. */
    private void stopFollowingIfEdited(Contribution c, ContributionInput input) {
        if (c.followsPost && !toInput(c).equals(input)) {
            c.followsPost = false;
        }
    }

    /** With a precondition (If-Match) the row is locked for update and checked before anything changes. */
    private Optional<Contribution> findForWrite(UUID id, Consumer<Contribution> precondition) {
        if (precondition == null) {
            return Contribution.findByIdOptional(id);
        }
        Optional<Contribution> found = Contribution.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        found.ifPresent(precondition);
        return found;
    }

    /**
     * The entry's url as readers get it: an entry that follows its post links to the post's page as
     * the site is configured now (MVPRESS_SITE_BASE_URL may have been set after it was logged).
     */
    public String url(Contribution c) {
        return url(c, c.post == null ? null : c.post.slug);
    }

    /** As {@link #url(Contribution)}, for an entry whose post is known by its slug alone (an export's row). */
    public String url(Contribution c, String postSlug) {
        return c.followsPost && postSlug != null ? urls.publicUrl(postSlug) : c.url;
    }

    private ContributionInput toInput(Contribution c) {
        return new ContributionInput(c.type, c.title, c.description, c.privateDescription, c.date, c.endDate, url(c),
                c.technologyArea, c.additionalTechnologyAreas,
                c.targetAudiences.stream().map(TargetAudience::fromJson).toList(), c.role, c.quantity, c.reach,
                c.metrics, c.microsoftEvent, c.microsoftEventOther, c.privateEntry, c.post == null ? null : c.post.slug);
    }

    /**
     * Every problem with one entry, each naming its field: the field rules, then the catalog rules, then the
     * linked post, looked up in {@code posts} (from {@link #postsBySlug}). An import checks all its rows
     * with this before it stores any.
     */
    public List<FieldError> problems(ContributionInput input, CatalogService.Catalogs catalogs, Map<String, Post> posts) {
        return problems(input, catalogs, posts, null);
    }

    /** The same for a change of {@code existing}: names it already has stay allowed after the portal drops them. */
    private List<FieldError> problems(ContributionInput input, CatalogService.Catalogs catalogs, Map<String, Post> posts,
            Contribution existing) {
        List<FieldError> errors = new ArrayList<>(validator.check(input));
        errors.addAll(ContributionRules.check(input, catalogs, existing));
        if (input.postSlug() != null && !input.postSlug().isBlank() && linkedPost(posts, input) == null) {
            errors.add(new FieldError("postSlug", "no post has the slug '" + input.postSlug() + "'"));
        }
        return errors;
    }

    /**
     * Stores a new entry from an input that {@link #problems} found nothing wrong with, without checking it
     * again; the caller flushes, so that an import of many rows writes them together.
     */
    @Transactional
    public Contribution persistChecked(ContributionInput input, CatalogService.Catalogs catalogs, Map<String, Post> posts) {
        Contribution c = new Contribution();
        c.id = UUID.randomUUID();
        copy(c, input, catalogs.types().get(input.type()), linkedPost(posts, input), true);
        c.persist();
        return c;
    }

    private static Post linkedPost(Map<String, Post> posts, ContributionInput input) {
        return input.postSlug() == null || input.postSlug().isBlank() ? null : posts.get(input.postSlug());
    }

    /** The posts that entries link to, by slug, in one statement; blank and repeated slugs are left out. */
    public Map<String, Post> postsBySlug(List<String> slugs) {
        List<String> wanted = slugs.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return queries.postsBySlug(wanted).stream().collect(Collectors.toMap(p -> p.slug, Function.identity()));
    }

    private void apply(Contribution c, ContributionInput input, CatalogService.Catalogs catalogs, boolean creating) {
        if (input == null) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        Map<String, Post> posts = postsBySlug(Collections.singletonList(input.postSlug()));
        List<FieldError> errors = problems(input, catalogs, posts, creating ? null : c);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        copy(c, input, catalogs.types().get(input.type()), linkedPost(posts, input), creating);
    }

    /** Copies a valid input onto an entry, touching only what differs. */
    private void copy(Contribution c, ContributionInput input, ContributionType type, Post post, boolean creating) {
        Instant now = time.now();
        if (creating) {
            c.createdAt = now;
            c.updatedAt = now;
        }
        Fields.update(c.type, input.type(), v -> c.type = v);
        Fields.update(c.title, input.title().strip(), v -> c.title = v);
        Fields.update(c.description, Fields.blankToNull(input.description()), v -> c.description = v);
        Fields.update(c.privateDescription, Fields.blankToNull(input.privateDescription()), v -> c.privateDescription = v);
        Fields.update(c.date, input.date(), v -> c.date = v);
        Fields.update(c.endDate, input.endDate(), v -> c.endDate = v);
        Fields.update(c.url, Fields.blankToNull(input.url()), v -> c.url = v);
        Fields.update(c.technologyArea, input.technologyArea(), v -> c.technologyArea = v);
        List<String> additional = input.additionalTechnologyAreas() == null ? List.of()
                : input.additionalTechnologyAreas().stream().filter(a -> a != null && !a.isBlank()).toList();
        Fields.update(c.additionalTechnologyAreas, additional, v -> c.additionalTechnologyAreas = new ArrayList<>(v));
        List<String> audiences = input.targetAudiences().stream().map(TargetAudience::toString).toList();
        Fields.update(c.targetAudiences, audiences, v -> c.targetAudiences = new ArrayList<>(v));
        Fields.update(c.role, ContributionRules.role(input, type), v -> c.role = v);
        int quantity = input.quantity() == null ? 1 : input.quantity();
        if (c.quantity != quantity || creating) {
            c.quantity = quantity;
        }
        int reach = input.reach() == null ? 0 : input.reach();
        if (c.reach != reach) {
            c.reach = reach;
        }
        String event = ContributionRules.microsoftEvent(input, type);
        Fields.update(c.microsoftEvent, event, v -> c.microsoftEvent = v);
        String eventOther = "Other".equals(event) ? Fields.blankToNull(input.microsoftEventOther()) : null;
        Fields.update(c.microsoftEventOther, eventOther, v -> c.microsoftEventOther = v);
        Map<String, Long> metrics = input.metrics() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(input.metrics());
        Fields.update(c.metrics, metrics, v -> c.metrics = v);
        boolean isPrivate = input.isPrivate() != null && input.isPrivate();
        if (c.privateEntry != isPrivate) {
            c.privateEntry = isPrivate;
        }
        if (c.post != post && (c.post == null || post == null || !c.post.id.equals(post.id))) {
            c.post = post;
        }
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
