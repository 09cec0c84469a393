package dev.mvpress.contribution.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.web.Problem.FieldError;

/** The rules that depend on the catalogs; each broken rule names the field and says what is allowed. */
final class ContributionRules {

    private ContributionRules() {
    }

    static List<FieldError> check(ContributionInput input, CatalogService.Catalogs catalogs) {
        List<FieldError> errors = new ArrayList<>();
        ContributionType type = input.type() == null ? null : catalogs.types().get(input.type());
        if (input.type() != null && !input.type().isBlank() && type == null) {
            errors.add(new FieldError("type",
                    "'" + input.type() + "' is not one of " + String.join(", ", catalogs.types().keySet())));
        }
        Map<String, ?> areas = catalogs.areas();
        if (input.technologyArea() != null && !input.technologyArea().isBlank() && !areas.containsKey(input.technologyArea())) {
            errors.add(new FieldError("technologyArea", "'" + input.technologyArea()
                    + "' is not a technology area; see GET /api/technology-areas"));
        }
        List<String> additional = input.additionalTechnologyAreas() == null ? List.of() : input.additionalTechnologyAreas();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < additional.size(); i++) {
            String area = additional.get(i);
            String field = "additionalTechnologyAreas[" + i + "]";
            if (area == null || area.isBlank()) {
                continue;
            }
            if (!areas.containsKey(area)) {
                errors.add(new FieldError(field, "'" + area + "' is not a technology area; see GET /api/technology-areas"));
            } else if (area.equals(input.technologyArea())) {
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
            String role = input.role();
            if (role != null && !role.isBlank() && !type.roles.contains(role)) {
                errors.add(new FieldError("role", type.roles.isEmpty() ? "type " + type.key + " has no roles"
                        : "'" + role + "' is not one of " + String.join(", ", type.roles) + " for type " + type.key));
            }
            if (input.metrics() != null) {
                for (String metric : input.metrics().keySet()) {
                    if (!type.metrics.contains(metric)) {
                        errors.add(new FieldError("metrics." + metric, type.metrics.isEmpty()
                                ? "type " + type.key + " reports no metrics"
                                : "is not reported for type " + type.key + "; allowed: " + String.join(", ", type.metrics)));
                    }
                }
            }
        }
        return errors;
    }

    /** The role to store: the one given, or the type's first (usual) role. */
    static String role(ContributionInput input, ContributionType type) {
        if (input.role() != null && !input.role().isBlank()) {
            return input.role();
        }
        return type.roles.isEmpty() ? null : type.roles.get(0);
    }
}
