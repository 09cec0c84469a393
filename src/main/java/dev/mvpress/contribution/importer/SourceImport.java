package dev.mvpress.contribution.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.mvpress.MvpressConfig;
import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.SourceImportReport.ItemProblem;
import dev.mvpress.contribution.api.SourceImportReport.Skipped;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.contribution.service.CatalogService;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.contribution.service.TagAreas;
import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.post.Visibility;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.web.Problem.FieldError;
import dev.mvpress.web.ProblemException;

/**
 * Turns a source's items into entries, the same way for every importer: items outside the window or
 * past mvpress.import.max-items are left for another run; an item whose URL an entry (or an earlier
 * item) already has is skipped, so that an import can be run again, and one with the title and date
 * of an entry on another site (a cross-post) is imported with a warning; a title or description longer
 * than the portal takes is cut with an ellipsis and reported; areas come from the item's categories
 * through the tags' areas ({@link TagAreas}), else the request's, else the configured one; every
 * entry passes ContributionService's rules, and an item that does not is left out and reported. The
 * new entries are created in one transaction, which a dry run rolls back (nothing is ever sent to
 * the database for it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SourceImport {

    /** What ran: the stored (or, in a dry run, unstored) entries and the report's other parts. */
    public record Outcome(String source, boolean dryRun, int items, List<Contribution> created, List<Skipped> skipped,
            List<ItemProblem> problems, List<String> notes, CatalogService.Catalogs catalogs) {
    }

    /** The portal's limits (ContributionInput checks them): imported text longer than this is cut. */
    static final int MAX_TITLE = 100;
    static final int MAX_DESCRIPTION = 1000;

    /** The request's own fields, as the entry rules name them. */
    private static final List<String> PLAN_FIELDS = List.of("type", "technologyArea", "targetAudiences", "role");

    private final ContributionService contributions;
    private final CatalogService catalogs;
    private final TagService tags;
    private final KnownEntries known;
    private final MvpressConfig.Contributions defaults;
    private final ImportConfig limits;
    private final EntityManager em;

    SourceImport(ContributionService contributions, CatalogService catalogs, TagService tags, KnownEntries known,
            MvpressConfig config, ImportConfig limits, EntityManager em) {
        this.known = known;
        this.contributions = contributions;
        this.catalogs = catalogs;
        this.tags = tags;
        this.defaults = config.contributions();
        this.limits = limits;
        this.em = em;
    }

    /**
     * The request's settings, checked against the catalogs for every type the import may create before
     * anything is fetched: a wrong type, area, audience or role is a 400 naming the field. Audiences
     * default to those of auto-logged blog entries.
     */
    public ImportPlan plan(String type, String technologyArea, List<TargetAudience> audiences, String role, LocalDate from,
            LocalDate to, boolean dryRun, List<String> types) {
        ImportPlan plan = new ImportPlan(type, ItemReport.blankToNull(technologyArea),
                audiences == null ? defaultAudiences() : audiences, ItemReport.blankToNull(role), from, to, dryRun);
        List<FieldError> errors = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        CatalogService.Catalogs catalog = catalogs.loadCatalogs();
        String area = plan.technologyArea() != null ? plan.technologyArea() : defaults.blogTechnologyArea();
        for (String each : types) {
            ContributionInput probe = input(plan, each, "probe", null, LocalDate.of(2000, 1, 1), null, null,
                    new TagAreas(area, List.of()));
            for (FieldError error : contributions.problems(probe, catalog, Map.of())) {
                boolean planField =
                        PLAN_FIELDS.stream().anyMatch(f -> error.field().equals(f) || error.field().startsWith(f + "["));
                // Without an area of its own the request is not wrong: items may map to areas through their tags.
                boolean defaultArea = error.field().equals("technologyArea") && plan.technologyArea() == null;
                if (planField && !defaultArea && !errors.contains(error)) {
                    errors.add(error);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return plan;
    }

    @Transactional
    public Outcome run(ImportPlan plan, SourceItems source, Visibility visibility) {
        List<String> notes = new ArrayList<>(source.notes());
        List<Integer> numbers = new ArrayList<>();
        int outside = 0;
        int beyond = 0;
        for (int i = 0; i < source.items().size(); i++) {
            LocalDate date = source.items().get(i).date();
            if (date != null && !plan.inWindow(date)) {
                outside++;
            } else if (numbers.size() >= limits.maxItems()) {
                beyond++;
            } else {
                numbers.add(i + 1);
            }
        }
        if (outside > 0) {
            notes.add(items(outside) + " dated outside " + (plan.from() == null ? "" : plan.from()) + ".."
                    + (plan.to() == null ? "" : plan.to()) + (outside == 1 ? " was" : " were") + " left out");
        }
        if (beyond > 0) {
            notes.add(beyond + " more " + (beyond == 1 ? "item was" : "items were") + " not read: an import takes at most "
                    + limits.maxItems()
                    + " (mvpress.import.max-items); narrow from/to and import again");
        }
        CatalogService.Catalogs catalog = catalogs.loadCatalogs();
        List<ImportItem> taken = numbers.stream().map(n -> source.items().get(n - 1)).toList();
        Map<String, String> stored = known.byUrl(taken.stream().map(ImportItem::url).toList(), visibility);
        Map<String, KnownEntries.Twin> titled =
                known.byDateAndTitle(taken.stream().map(ImportItem::date).filter(d -> d != null).toList(),
                        visibility);
        Set<String> labels = new LinkedHashSet<>();
        numbers.forEach(n -> labels.addAll(categories(source.items().get(n - 1))));
        Map<String, String> areaOfLabel = tags.areasByLabel(labels);
        String fallback = plan.technologyArea() != null ? plan.technologyArea() : defaults.blogTechnologyArea();

        List<Skipped> skipped = new ArrayList<>();
        List<ItemProblem> problems = new ArrayList<>();
        List<ContributionInput> inputs = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int number : numbers) {
            ImportItem item = source.items().get(number - 1);
            String title = ItemReport.line(item.title());
            String url = ItemReport.blankToNull(item.url() == null ? null : item.url().strip());
            ItemReport report = new ItemReport(number, title, url, problems);
            if (url == null || !HttpUrl.Validator.valid(url)) {
                report.leftOut("url", url == null ? "the item has no link" : "'" + url + "' is not an absolute http(s) URL");
                continue;
            }
            if (stored.containsKey(url)) {
                String id = stored.get(url);
                skipped.add(new Skipped(number, title, url, "already logged", id.isEmpty() ? null : id));
                continue;
            }
            if (seen.containsKey(url)) {
                skipped.add(new Skipped(number, title, url, "repeats item " + seen.get(url) + " of this import", null));
                continue;
            }
            seen.put(url, number);
            if (item.date() == null) {
                report.leftOut("date", "the item has no date");
                continue;
            }
            if (title == null) {
                report.leftOut("title", "the item has no title");
                continue;
            }
            TagAreas areas = TagAreas.of(categories(item).stream().map(areaOfLabel::get).toList(), fallback);
            String type = item.type() != null ? item.type() : plan.type();
            LocalDate end = item.endDate() != null && item.endDate().isAfter(item.date()) ? item.endDate() : null;
            ContributionInput input = input(plan, type, report.cut("title", title, MAX_TITLE),
                    report.cut("description", ItemReport.text(item.description()), MAX_DESCRIPTION), item.date(), end, url,
                    areas);
            List<FieldError> errors = contributions.problems(input, catalog, Map.of());
            errors.forEach(e -> report.leftOut(e.field(), e.message()));
            KnownEntries.Twin twin = errors.isEmpty() ? titled.get(KnownEntries.key(input.date(), input.title())) : null;
            if (twin != null && !KnownEntries.host(url).equals(twin.host())) {
                // A cross-post (dev.to, Medium) of a post that logged itself, say: the portal would count it twice.
                // On the same site (two pull requests called "Fix typo") the URLs tell the activities apart.
                report.warn("title", "has the same title and date as " + (twin.id().isEmpty() ? "an entry on another site"
                        : "entry " + twin.id()) + "; imported all the same: delete one if they are the same activity");
            }
            if (errors.isEmpty()) {
                inputs.add(input);
            }
        }
        List<Contribution> created = inputs.stream().map(in -> contributions.persistChecked(in, catalog, Map.of())).toList();
        if (plan.dryRun()) {
            // The entries were only handed to Hibernate; rolling back sends nothing to the database.
            QuarkusTransaction.setRollbackOnly();
        } else {
            em.flush();
        }
        Log.infof("Import from %s: %d items, %d created%s, %d skipped, %d problems", source.source(), numbers.size(),
                created.size(), plan.dryRun() ? " (dry run)" : "", skipped.size(), problems.size());
        return new Outcome(source.source(), plan.dryRun(), numbers.size(), created, skipped, problems, notes, catalog);
    }

    /**
     * The one place an import builds an entry's input. A role the request leaves open is the type's
     * usual one, but a pull request is a contribution to someone else's project.
     */
    private static ContributionInput input(ImportPlan plan, String type, String title, String description, LocalDate date,
            LocalDate endDate, String url, TagAreas areas) {
        String role = plan.role() != null ? plan.role()
                : type.equals("open-source") || type.equals("content-feedback") ? "contributor" : null;
        return new ContributionInput(type, title, description, null, date, endDate, url, areas.primary(), areas.additional(),
                plan.targetAudiences(), role, null, null, null, null, null, null, null);
    }

    private List<TargetAudience> defaultAudiences() {
        List<TargetAudience> audiences = new ArrayList<>();
        for (String audience : defaults.blogTargetAudiences()) {
            try {
                audiences.add(TargetAudience.fromJson(audience.strip()));
            } catch (IllegalArgumentException e) {
                // BlogContributionLogger warns about it; an import uses the ones that are valid.
            }
        }
        return audiences.isEmpty() ? List.of(TargetAudience.DEVELOPER) : audiences;
    }

    private static String items(int count) {
        return count + (count == 1 ? " item" : " items");
    }

    private static List<String> categories(ImportItem item) {
        return item.categories() == null ? List.of() : item.categories();
    }
}
