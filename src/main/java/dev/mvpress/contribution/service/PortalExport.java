package dev.mvpress.contribution.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.Metric;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.post.Visibility;

/** Contributions in the MVP portal's activity JSON, names looked up in the catalogs, for pasting into the portal. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortalExport {

    private final ContributionService contributions;
    private final CatalogService catalogs;

    PortalExport(ContributionService contributions, CatalogService catalogs) {
        this.contributions = contributions;
        this.catalogs = catalogs;
    }

    /**
     * The MVP portal's activity shape: names instead of keys, the audience names the portal shows, and
     * every count the portal knows, 0 where the type does not report it.
     */
    public List<Map<String, Object>> toPortalJson(List<Contribution> entries, Visibility visibility) {
        CatalogService.Catalogs catalog = catalogs.loadCatalogs();
        List<Map<String, Object>> activities = new ArrayList<>();
        for (Contribution c : entries) {
            ContributionType type = catalog.types().get(c.type);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("activityTypeName", type == null ? c.type : type.portalName);
            a.put("technologyFocusArea", areaName(catalog, c.technologyArea));
            a.put("additionalTechnologyAreas", c.additionalTechnologyAreas.stream().map(k -> areaName(catalog, k)).toList());
            a.put("targetAudience", c.targetAudiences.stream().map(t -> TargetAudience.fromJson(t).portalName).toList());
            a.put("title", c.title);
            a.put("description", c.description == null ? "" : c.description);
            a.put("privateDescription", visibility.all() && c.privateDescription != null ? c.privateDescription : "");
            a.put("date", c.date.toString());
            a.put("dateEnd", c.endDate == null ? null : c.endDate.toString());
            String url = contributions.url(c);
            a.put("url", url == null ? "" : url);
            a.put("quantity", c.quantity);
            a.put("reach", c.reach);
            a.put("role", c.role == null ? null : roleName(c.role));
            a.put("isPrivate", c.privateEntry);
            for (String metric : Metric.ALL) {
                boolean allowed = type != null && type.metrics.contains(metric);
                Long value = c.metrics.get(metric);
                a.put(metric, allowed && value != null ? value : 0L);
            }
            activities.add(a);
        }
        return activities;
    }

    private static String areaName(CatalogService.Catalogs catalog, String key) {
        TechnologyArea area = catalog.areas().get(key);
        return area == null ? key : area.name;
    }

    /** "workshop-leader" becomes "Workshop leader", "co-host" becomes "Co-host". */
    private static String roleName(String role) {
        String spaced = role.startsWith("co-") ? "co-" + role.substring(3).replace('-', ' ') : role.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
