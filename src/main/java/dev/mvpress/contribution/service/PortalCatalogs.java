package dev.mvpress.contribution.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.CatalogUpdate;
import dev.mvpress.contribution.api.Metric;
import dev.mvpress.contribution.api.PortalCatalog;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.Problem.FieldError;
import dev.mvpress.web.ProblemException;

/**
 * The catalogs as the portal's document, both ways. An update matches each type and area of the document
 * to a row (by the key it pins, else by name), changes what differs, adds what is new with a key derived
 * from its name, and marks rows the document leaves out as no longer in the portal: they stay for the
 * entries that use them, which {@code unknownNames=true} lists. Nothing is deleted, so no entry loses its
 * type or area.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortalCatalogs {

    private final CatalogService catalogs;
    private final CatalogQueries queries;
    private final InputValidator validator;
    private final TimeSource time;

    PortalCatalogs(CatalogService catalogs, CatalogQueries queries, InputValidator validator, TimeSource time) {
        this.catalogs = catalogs;
        this.queries = queries;
        this.validator = validator;
        this.time = time;
    }

    /** The rows the portal has now, as its document. */
    public PortalCatalog current() {
        CatalogService.Catalogs all = catalogs.loadCatalogs();
        List<PortalCatalog.ActivityType> types = all.types().values().stream().filter(t -> t.inPortal)
                .sorted(Comparator.comparingInt((ContributionType t) -> t.position).thenComparing(t -> t.key))
                .map(t -> new PortalCatalog.ActivityType(t.key, t.portalName, t.apiName, List.copyOf(t.roles),
                        List.copyOf(t.metrics), List.copyOf(t.microsoftEvents)))
                .toList();
        Map<String, List<PortalCatalog.Area>> byCategory = new LinkedHashMap<>();
        all.areas().values().stream().filter(a -> a.inPortal)
                .sorted(Comparator.comparing((TechnologyArea a) -> a.awardCategory).thenComparing(a -> a.name))
                .forEach(a -> byCategory.computeIfAbsent(a.awardCategory, c -> new ArrayList<>())
                        .add(new PortalCatalog.Area(a.key, a.name)));
        List<PortalCatalog.AwardCategory> categories = byCategory.entrySet().stream()
                .map(e -> new PortalCatalog.AwardCategory(e.getKey(), e.getValue())).toList();
        List<String> audiences = List.of(TargetAudience.values()).stream().map(a -> a.portalName).toList();
        return new PortalCatalog(types, categories, audiences);
    }

    @Transactional
    public CatalogUpdate replace(PortalCatalog document) {
        if (document == null) {
            throw ProblemException.invalid("body", "must be a JSON object with activityTypes and awardCategories");
        }
        validator.validate(document);
        List<FieldError> errors = new ArrayList<>();
        checkTypes(document.activityTypes(), errors);
        checkAreas(document.awardCategories(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        CatalogService.Catalogs before = catalogs.loadCatalogs();
        Instant now = time.now();
        List<String> typesAdded = new ArrayList<>();
        List<String> typesChanged = new ArrayList<>();
        Set<String> typesSeen = new HashSet<>();
        int position = 0;
        for (PortalCatalog.ActivityType given : document.activityTypes()) {
            position++;
            ContributionType row = matchType(given, before.types());
            boolean created = row == null;
            if (created) {
                row = new ContributionType();
                row.key = newKey(given.name(), before.types().keySet(), typesSeen, 50);
                row.quantityLabel = "Activities";
                row.reachLabel = "People reached";
                row.createdAt = now;
                row.updatedAt = now;
            }
            typesSeen.add(row.key);
            boolean changed = applyType(row, given, position);
            if (created) {
                row.persist();
                before.types().put(row.key, row);
                typesAdded.add(row.key);
            } else if (changed) {
                typesChanged.add(row.key);
            }
        }
        List<String> typesRetired = retire(before.types().values(), typesSeen, t -> t.key, t -> t.inPortal,
                t -> t.inPortal = false);

        List<String> areasAdded = new ArrayList<>();
        List<String> areasChanged = new ArrayList<>();
        Set<String> areasSeen = new HashSet<>();
        for (PortalCatalog.AwardCategory category : document.awardCategories()) {
            for (PortalCatalog.Area given : category.technologyAreas()) {
                TechnologyArea row = matchArea(given, before.areas());
                boolean created = row == null;
                if (created) {
                    row = new TechnologyArea();
                    row.key = newKey(given.name(), before.areas().keySet(), areasSeen, 80);
                    row.createdAt = now;
                    row.updatedAt = now;
                }
                areasSeen.add(row.key);
                String name = given.name().strip();
                String awardCategory = category.name().strip();
                boolean changed = !name.equals(row.name) || !awardCategory.equals(row.awardCategory) || !row.inPortal;
                if (changed) {
                    row.name = name;
                    row.awardCategory = awardCategory;
                    row.inPortal = true;
                }
                if (created) {
                    row.persist();
                    before.areas().put(row.key, row);
                    areasAdded.add(row.key);
                } else if (changed) {
                    areasChanged.add(row.key);
                }
            }
        }
        List<String> areasRetired = retire(before.areas().values(), areasSeen, a -> a.key, a -> a.inPortal,
                a -> a.inPortal = false);
        ContributionType.getEntityManager().flush();
        return new CatalogUpdate(typesAdded, typesChanged, typesRetired, areasAdded, areasChanged, areasRetired,
                queries.entriesWithUnknownNames());
    }

    private static boolean applyType(ContributionType row, PortalCatalog.ActivityType given, int position) {
        String name = given.name().strip();
        String apiName = given.apiName() == null || given.apiName().isBlank() ? name : given.apiName().strip();
        List<String> roles = strip(given.roles());
        List<String> counts = strip(given.counts());
        List<String> events = strip(given.microsoftEvents());
        boolean changed = !name.equals(row.portalName) || !apiName.equals(row.apiName) || !roles.equals(row.roles)
                || !counts.equals(row.metrics) || !events.equals(row.microsoftEvents) || row.position != position
                || !row.inPortal;
        if (changed) {
            row.portalName = name;
            row.apiName = apiName;
            row.roles = new ArrayList<>(roles);
            row.metrics = new ArrayList<>(counts);
            row.microsoftEvents = new ArrayList<>(events);
            row.position = position;
            row.inPortal = true;
        }
        return changed;
    }

    private static List<String> strip(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }

    private static ContributionType matchType(PortalCatalog.ActivityType given, Map<String, ContributionType> rows) {
        if (given.key() != null && !given.key().isBlank()) {
            return rows.get(given.key().strip());
        }
        String name = given.name().strip();
        String apiName = given.apiName() == null ? name : given.apiName().strip();
        return rows.values().stream().filter(t -> t.portalName.equalsIgnoreCase(name) || t.apiName.equalsIgnoreCase(name)
                || t.portalName.equalsIgnoreCase(apiName) || t.apiName.equalsIgnoreCase(apiName)).findFirst().orElse(null);
    }

    private static TechnologyArea matchArea(PortalCatalog.Area given, Map<String, TechnologyArea> rows) {
        if (given.key() != null && !given.key().isBlank()) {
            return rows.get(given.key().strip());
        }
        String name = given.name().strip();
        return rows.values().stream().filter(a -> a.name.equals(name)).findFirst()
                .orElseGet(() -> rows.values().stream().filter(a -> a.name.equalsIgnoreCase(name)).findFirst().orElse(null));
    }

    /** A key derived from the name, unique among the rows and those added by this update. */
    private static String newKey(String name, Set<String> existing, Set<String> added, int maxLength) {
        String base = Slugs.derive(name);
        if (base.isEmpty()) {
            base = "item";
        }
        if (base.length() > maxLength - 3) {
            base = base.substring(0, maxLength - 3).replaceAll("-+$", "");
        }
        String key = base;
        for (int n = 2; existing.contains(key) || added.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private static <T> List<String> retire(Iterable<T> rows, Set<String> seen, Function<T, String> key,
            Predicate<T> inPortal, Consumer<T> retire) {
        List<String> retired = new ArrayList<>();
        for (T row : rows) {
            if (!seen.contains(key.apply(row)) && inPortal.test(row)) {
                retire.accept(row);
                retired.add(key.apply(row));
            }
        }
        retired.sort(null);
        return retired;
    }

    private static void checkTypes(List<PortalCatalog.ActivityType> types, List<FieldError> errors) {
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            PortalCatalog.ActivityType type = types.get(i);
            String field = "activityTypes[" + i + "]";
            Integer earlier = names.putIfAbsent(type.name().strip().toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                errors.add(new FieldError(field + ".name", "'" + type.name() + "' is also activityTypes[" + earlier + "]"));
            }
            if (type.key() != null && !type.key().isBlank() && !Slugs.valid(type.key().strip())) {
                errors.add(new FieldError(field + ".key", Slugs.RULE));
            }
            List<String> roles = type.roles() == null ? List.of() : type.roles();
            for (int r = 0; r < roles.size(); r++) {
                if (!Slugs.valid(ContributionType.roleKey(roles.get(r)))) {
                    errors.add(new FieldError(field + ".roles[" + r + "]", "'" + roles.get(r)
                            + "' must be letters, digits, spaces and hyphens"));
                }
            }
            List<String> counts = type.counts() == null ? List.of() : type.counts();
            for (int c = 0; c < counts.size(); c++) {
                if (!Metric.ALL.contains(counts.get(c).strip())) {
                    errors.add(new FieldError(field + ".counts[" + c + "]", "'" + counts.get(c) + "' is not one of "
                            + String.join(", ", Metric.ALL)));
                }
            }
        }
    }

    private static void checkAreas(List<PortalCatalog.AwardCategory> categories, List<FieldError> errors) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            List<PortalCatalog.Area> areas = categories.get(i).technologyAreas();
            for (int j = 0; j < areas.size(); j++) {
                String field = "awardCategories[" + i + "].technologyAreas[" + j + "]";
                PortalCatalog.Area area = areas.get(j);
                String earlier = names.putIfAbsent(area.name().strip(), field);
                if (earlier != null) {
                    errors.add(new FieldError(field, "'" + area.name() + "' is also " + earlier));
                }
                if (area.key() != null && !area.key().isBlank() && !Slugs.valid(area.key().strip())) {
                    errors.add(new FieldError(field + ".key", Slugs.RULE));
                }
            }
        }
    }
}
