package dev.mvpress.contribution.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.web.Problem.FieldError;

/**
 * The rules that depend on the catalogs, as the MVP portal checks them; each broken rule names the field
 * and says what is allowed. A name the portal no longer knows (a retired type or area, a role or count
 * the type lost) is refused on new values but kept where the entry already has it, so that editing
 * another field of a migrated entry works; {@link PortalReadiness} lists such entries.
 */
final class ContributionRules {

    private ContributionRules() {
    }

    /** {@code existing} is the stored entry a replace or patch changes, or null for a new one. */
    static List<FieldError> check(ContributionInput input, CatalogService.Catalogs catalogs, Contribution existing) {
        List<FieldError> errors = new ArrayList<>();
        ContributionType type = input.type() == null ? null : catalogs.types().get(input.type());
        boolean sameType = existing != null && Objects.equals(existing.type, input.type());
        if (input.type() != null && !input.type().isBlank()) {
            if (type == null) {
                errors.add(new FieldError("type", "'" + input.type() + "' is not one of " + String.join(", ",
                        catalogs.types().values().stream().filter(t -> t.inPortal).map(t -> t.key).toList())));
            } else if (!type.inPortal && !sameType) {
                errors.add(new FieldError("type", "the MVP portal no longer has '" + type.portalName
                        + "'; pick a type of GET /api/contribution-types"));
            }
        }
        checkArea("technologyArea", input.technologyArea(), catalogs.areas(),
                existing != null && Objects.equals(existing.technologyArea, input.technologyArea()), errors);
        List<String> additional = input.additionalTechnologyAreas() == null ? List.of() : input.additionalTechnologyAreas();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < additional.size(); i++) {
            String area = additional.get(i);
            String field = "additionalTechnologyAreas[" + i + "]";
            if (area == null || area.isBlank()) {
                continue;
            }
            if (!checkArea(field, area, catalogs.areas(),
                    existing != null && existing.additionalTechnologyAreas.contains(area), errors)) {
                continue;
            }
            if (area.equals(input.technologyArea())) {
                errors.add(new FieldError(field, "must not repeat the primary technologyArea"));
            } else if (!seen.add(area)) {
                errors.add(new FieldError(field, "'" + area + "' is listed twice"));
            }
        }
        List<TargetAudience> audiences = input.targetAudiences() == null ? List.of() : input.targetAudiences();
        if (audiences.stream().distinct().count() < audiences.size()) {
            errors.add(new FieldError("targetAudiences", "lists an audience twice"));
        }
        if (input.endDate() != null && input.date() != null && input.endDate().isBefore(input.date())) {
            errors.add(new FieldError("endDate", "must not be before date (" + input.date() + ")"));
        }
        if (type != null) {
            checkRole(input, type, sameType ? existing : null, errors);
            checkMetrics(input, type, sameType ? existing : null, errors);
            checkMicrosoftEvent(input, type, errors);
        }
        return errors;
    }

    /** True when the area exists (retired areas included); adds the error otherwise or when it is newly retired. */
    private static boolean checkArea(String field, String key, Map<String, TechnologyArea> areas, boolean unchanged,
            List<FieldError> errors) {
        if (key == null || key.isBlank()) {
            return false;
        }
        TechnologyArea area = areas.get(key);
        if (area == null) {
            errors.add(new FieldError(field, "'" + key + "' is not a technology area; see GET /api/technology-areas"));
            return false;
        }
        if (!area.inPortal && !unchanged) {
            errors.add(new FieldError(field, "the MVP portal no longer has '" + area.name
                    + "'; pick an area of GET /api/technology-areas"));
        }
        return true;
    }

    private static void checkRole(ContributionInput input, ContributionType type, Contribution existing,
            List<FieldError> errors) {
        String role = input.role();
        if (role == null || role.isBlank()) {
            return;
        }
        String key = ContributionType.roleKey(role);
        if (type.roleName(key) == null && !(existing != null && key.equals(existing.role))) {
            errors.add(new FieldError("role", type.roles.isEmpty() ? "type " + type.key + " has no roles"
                    : "'" + role + "' is not one of " + String.join(", ", type.roleKeys()) + " for type " + type.key));
        }
    }

    private static void checkMetrics(ContributionInput input, ContributionType type, Contribution existing,
            List<FieldError> errors) {
        if (input.metrics() == null) {
            return;
        }
        for (Map.Entry<String, Long> metric : input.metrics().entrySet()) {
            boolean kept = existing != null && Objects.equals(existing.metrics.get(metric.getKey()), metric.getValue());
            if (!type.metrics.contains(metric.getKey()) && !kept) {
                errors.add(new FieldError("metrics." + metric.getKey(), type.metrics.isEmpty()
                        ? "type " + type.key + " reports no counts"
                        : "is not a count of type " + type.key + "; allowed: " + String.join(", ", type.metrics)));
            }
        }
    }

    private static void checkMicrosoftEvent(ContributionInput input, ContributionType type, List<FieldError> errors) {
        String event = input.microsoftEvent();
        if (event != null && !event.isBlank()) {
            if (type.microsoftEvents.isEmpty()) {
                errors.add(new FieldError("microsoftEvent", "only for a type with Microsoft events"
                        + " (speaker-microsoft-event), not for " + type.key));
            } else if (microsoftEvent(input, type) == null) {
                errors.add(new FieldError("microsoftEvent", "'" + event + "' is not one of "
                        + String.join(", ", type.microsoftEvents)));
            }
        }
        String other = input.microsoftEventOther();
        if (other != null && !other.isBlank() && !"Other".equals(microsoftEvent(input, type))) {
            errors.add(new FieldError("microsoftEventOther", "only when microsoftEvent is Other"));
        }
    }

    /** The role key to store: the one given (by key or by the portal's name), or the type's first role. */
    static String role(ContributionInput input, ContributionType type) {
        if (input.role() != null && !input.role().isBlank()) {
            return ContributionType.roleKey(input.role());
        }
        return type.roles.isEmpty() ? null : ContributionType.roleKey(type.roles.get(0));
    }

    /** The Microsoft event as the catalog spells it ("ignite" is "Ignite"), or null. */
    static String microsoftEvent(ContributionInput input, ContributionType type) {
        String event = input.microsoftEvent();
        if (event == null || event.isBlank()) {
            return null;
        }
        return type.microsoftEvents.stream().filter(e -> e.equalsIgnoreCase(event.strip())).findFirst().orElse(null);
    }
}
