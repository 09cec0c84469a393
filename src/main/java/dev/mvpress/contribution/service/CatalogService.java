package dev.mvpress.contribution.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.ContributionTypeInput;
import dev.mvpress.contribution.api.Metric;
import dev.mvpress.contribution.api.TechnologyAreaInput;
import dev.mvpress.kernel.Fields;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.TrackedEntity;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.ProblemException;

/** The two catalogs, rows the author can edit when the portal renames things. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogService {

    /** Both catalogs, loaded once for a request or an import that checks many entries. */
    public record Catalogs(Map<String, ContributionType> types, Map<String, TechnologyArea> areas) {

        /** The portal's name of an area key, or the key when the catalog has no such area. */
        public String areaName(String key) {
            TechnologyArea area = areas.get(key);
            return area == null ? key : area.name;
        }

        /** The portal's name of an entry's role ("Co-Author"), or the key when its type has no such role; null for none. */
        public String roleName(String typeKey, String role) {
            ContributionType type = types.get(typeKey);
            String name = type == null || role == null ? null : type.roleName(role);
            return name != null ? name : role;
        }
    }

    private final CatalogQueries queries;
    private final TimeSource time;
    private final InputValidator validator;
    private final ObjectMapper json;

    CatalogService(CatalogQueries queries, TimeSource time, InputValidator validator, ObjectMapper json) {
        this.queries = queries;
        this.time = time;
        this.validator = validator;
        this.json = json;
    }

    public Catalogs loadCatalogs() {
        return new Catalogs(
                ContributionType.<ContributionType>listAll().stream()
                        .collect(Collectors.toMap(t -> t.key, Function.identity(), (a, b) -> a, LinkedHashMap::new)),
                TechnologyArea.<TechnologyArea>listAll().stream()
                        .collect(Collectors.toMap(a -> a.key, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    public Page<ContributionType> findAllTypes(boolean inPortal, PageRequest page) {
        return queries.types(inPortal, page);
    }

    public Optional<ContributionType> findType(String key) {
        return ContributionType.findByIdOptional(key);
    }

    @Transactional
    public Upsert<ContributionType> replaceType(String key, ContributionTypeInput input,
            Consumer<ContributionType> precondition) {
        validator.validate(input);
        return upsert(ContributionType.class, key, precondition, k -> {
            ContributionType created = new ContributionType();
            created.key = k;
            return created;
        }, type -> apply(type, input));
    }

    /**
     * Full replace of a catalog row by key, creating it when the key is new (and no If-Match says it
     * must exist); an identical replace changes nothing.
     */
    private <T extends TrackedEntity> Upsert<T> upsert(Class<T> type, String key, Consumer<T> precondition,
            Function<String, T> create, Consumer<T> apply) {
        if (!Slugs.valid(key)) {
            throw ProblemException.invalid("key", Slugs.RULE);
        }
        Optional<T> existing = forWrite(type, key, precondition);
        if (existing.isEmpty()) {
            IfMatch.requireExisting(precondition);
        }
        T row = existing.orElseGet(() -> {
            T created = create.apply(key);
            created.createdAt = time.now();
            created.updatedAt = created.createdAt;
            return created;
        });
        apply.accept(row);
        if (existing.isEmpty()) {
            row.persist();
        }
        ContributionType.getEntityManager().flush();
        return existing.isEmpty() ? Upsert.created(row) : Upsert.updated(row);
    }

    @Transactional
    public Optional<ContributionType> partialUpdateType(String key, JsonNode patch, Consumer<ContributionType> precondition) {
        Optional<ContributionType> existing = forWrite(ContributionType.class, key, precondition);
        existing.ifPresent(type -> {
            JsonNode current = json.valueToTree(new ContributionTypeInput(type.portalName, type.quantityLabel,
                    type.reachLabel, type.apiName, type.roles, type.metrics, type.microsoftEvents, type.position,
                    type.inPortal));
            ContributionTypeInput input =
                    JsonBodies.convert(json, MergePatch.apply(current, patch), ContributionTypeInput.class);
            validator.validate(input);
            apply(type, input);
            ContributionType.getEntityManager().flush();
        });
        return existing;
    }

    /** A type that entries still use cannot be deleted: they would lose what they are. */
    @Transactional
    public boolean deleteType(String key, Consumer<ContributionType> precondition) {
        if (forWrite(ContributionType.class, key, precondition).isEmpty()) {
            return false;
        }
        long used = queries.entriesOfType(key);
        if (used > 0) {
            throw ProblemException.conflict("key", used + " contributions use type '" + key + "'; change them first");
        }
        return ContributionType.deleteById(key);
    }

    private static void apply(ContributionType type, ContributionTypeInput input) {
        List<String> metrics = input.metrics() == null ? List.of() : input.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            if (!Metric.ALL.contains(metrics.get(i))) {
                throw ProblemException.invalid("metrics[" + i + "]", "'" + metrics.get(i) + "' is not one of "
                        + String.join(", ", Metric.ALL));
            }
        }
        List<String> roles = input.roles() == null ? List.of() : input.roles().stream().map(String::strip).toList();
        for (int i = 0; i < roles.size(); i++) {
            if (!Slugs.valid(ContributionType.roleKey(roles.get(i)))) {
                throw ProblemException.invalid("roles[" + i + "]", "'" + roles.get(i) + "' must be letters, digits,"
                        + " spaces and hyphens (an entry stores it as '" + ContributionType.roleKey(roles.get(i)) + "')");
            }
        }
        List<String> events = input.microsoftEvents() == null ? List.of()
                : input.microsoftEvents().stream().map(String::strip).distinct().toList();
        String apiName = input.apiName() == null || input.apiName().isBlank() ? input.portalName().strip()
                : input.apiName().strip();
        Fields.update(type.portalName, input.portalName().strip(), v -> type.portalName = v);
        Fields.update(type.apiName, apiName, v -> type.apiName = v);
        Fields.update(type.microsoftEvents, new ArrayList<>(events), v -> type.microsoftEvents = v);
        boolean inPortal = input.inPortal() == null || input.inPortal();
        if (type.inPortal != inPortal) {
            type.inPortal = inPortal;
        }
        Fields.update(type.quantityLabel, input.quantityLabel().strip(), v -> type.quantityLabel = v);
        Fields.update(type.reachLabel, input.reachLabel().strip(), v -> type.reachLabel = v);
        Fields.update(type.roles, new ArrayList<>(roles.stream().distinct().toList()), v -> type.roles = v);
        Fields.update(type.metrics, new ArrayList<>(metrics.stream().distinct().toList()), v -> type.metrics = v);
        int position = input.position() == null ? type.position : input.position();
        if (position != type.position) {
            type.position = position;
        }
    }

    public Page<TechnologyArea> findAllAreas(String awardCategory, boolean inPortal, PageRequest page) {
        return queries.areas(awardCategory, inPortal, page);
    }

    public Optional<TechnologyArea> findArea(String key) {
        return TechnologyArea.findByIdOptional(key);
    }

    @Transactional
    public Upsert<TechnologyArea> replaceArea(String key, TechnologyAreaInput input, Consumer<TechnologyArea> precondition) {
        validator.validate(input);
        return upsert(TechnologyArea.class, key, precondition, k -> {
            TechnologyArea created = new TechnologyArea();
            created.key = k;
            return created;
        }, area -> apply(area, input));
    }

    private static void apply(TechnologyArea area, TechnologyAreaInput input) {
        Fields.update(area.name, input.name().strip(), v -> area.name = v);
        Fields.update(area.awardCategory, input.awardCategory().strip(), v -> area.awardCategory = v);
        boolean inPortal = input.inPortal() == null || input.inPortal();
        if (area.inPortal != inPortal) {
            area.inPortal = inPortal;
        }
    }

    @Transactional
    public Optional<TechnologyArea> partialUpdateArea(String key, JsonNode patch, Consumer<TechnologyArea> precondition) {
        Optional<TechnologyArea> existing = forWrite(TechnologyArea.class, key, precondition);
        existing.ifPresent(area -> {
            JsonNode current = json.valueToTree(new TechnologyAreaInput(area.name, area.awardCategory, area.inPortal));
            TechnologyAreaInput input = JsonBodies.convert(json, MergePatch.apply(current, patch), TechnologyAreaInput.class);
            validator.validate(input);
            apply(area, input);
            TechnologyArea.getEntityManager().flush();
        });
        return existing;
    }

    @Transactional
    public boolean deleteArea(String key, Consumer<TechnologyArea> precondition) {
        if (forWrite(TechnologyArea.class, key, precondition).isEmpty()) {
            return false;
        }
        long used = queries.entriesInArea(key);
        if (used > 0) {
            throw ProblemException.conflict("key", used + " contributions use area '" + key + "'; change them first");
        }
        return TechnologyArea.deleteById(key);
    }

    /** A catalog row a write changes; with If-Match, locked for update and checked first. */
    private <T> Optional<T> forWrite(Class<T> type, String key, Consumer<T> precondition) {
        var em = ContributionType.getEntityManager();
        T row = precondition == null ? em.find(type, key) : em.find(type, key, LockModeType.PESSIMISTIC_WRITE);
        if (row != null && precondition != null) {
            precondition.accept(row);
        }
        return Optional.ofNullable(row);
    }
}
