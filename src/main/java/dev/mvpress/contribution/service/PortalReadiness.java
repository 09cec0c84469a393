package dev.mvpress.contribution.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.Metric;
import dev.mvpress.contribution.api.PortalIssue;

/**
 * What the MVP portal would refuse, or ask for, that an entry does not have: names the portal no longer
 * knows, a role or count its type lost, an http URL (the form takes https only), and what the form
 * requires (a description, an audience, one of the type's counts, the Microsoft event). These are
 * warnings, not write errors: the entry is stored, listed here until fixed, and exported as it is.
 */
public final class PortalReadiness {

    private PortalReadiness() {
    }

    /** {@code url} is the entry's current url (see ContributionService#url). */
    public static List<PortalIssue> issues(Contribution c, String url, CatalogService.Catalogs catalogs) {
        List<PortalIssue> issues = new ArrayList<>();
        ContributionType type = catalogs.types().get(c.type);
        if (type != null && !type.inPortal) {
            issues.add(new PortalIssue("type", "the portal no longer has the type " + type.portalName));
        }
        area(issues, "technologyArea", c.technologyArea, catalogs);
        for (int i = 0; i < c.additionalTechnologyAreas.size(); i++) {
            area(issues, "additionalTechnologyAreas[" + i + "]", c.additionalTechnologyAreas.get(i), catalogs);
        }
        if (c.description == null || c.description.isBlank()) {
            issues.add(new PortalIssue("description", "the portal asks for a description"));
        }
        if (c.targetAudiences.isEmpty()) {
            issues.add(new PortalIssue("targetAudiences", "the portal asks for at least one audience"));
        }
        if (url != null && !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            issues.add(new PortalIssue("url", "the portal takes https:// addresses only"));
        }
        if (type != null) {
            if (c.role != null && type.roleName(c.role) == null) {
                issues.add(new PortalIssue("role", "the portal has no role '" + c.role + "' for " + type.portalName
                        + "; it has " + String.join(", ", type.roles)));
            }
            for (String metric : c.metrics.keySet()) {
                if (!type.metrics.contains(metric)) {
                    issues.add(new PortalIssue("metrics." + metric, "the portal has no " + Metric.label(metric)
                            + " for " + type.portalName + "; the export leaves it out"));
                }
            }
            if (!type.metrics.isEmpty() && type.metrics.stream().noneMatch(c.metrics::containsKey)) {
                issues.add(new PortalIssue("metrics", "the form asks for "
                        + String.join(" or ", type.metrics.stream().map(Metric::label).toList())));
            }
            if (!type.microsoftEvents.isEmpty() && c.microsoftEvent == null) {
                issues.add(new PortalIssue("microsoftEvent", "the form asks which Microsoft event: "
                        + String.join(", ", type.microsoftEvents)));
            }
        }
        return issues;
    }

    private static void area(List<PortalIssue> issues, String field, String key, CatalogService.Catalogs catalogs) {
        TechnologyArea area = catalogs.areas().get(key);
        if (area != null && !area.inPortal) {
            issues.add(new PortalIssue(field, "the portal no longer has the technology area " + area.name));
        }
    }
}
