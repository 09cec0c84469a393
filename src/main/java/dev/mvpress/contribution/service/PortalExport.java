package dev.mvpress.contribution.service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.post.Visibility;

/**
 * Contributions as the bodies the MVP portal's {@code POST /api/Activities/} takes: {@code {"activity": {...}}}
 * with {@code id} 0, the type's API name in {@code activityTypeName} and {@code typeName}, names instead of
 * keys, ISO date-times, and only the counts the type has. Optional fields the entry lacks are absent, not
 * empty strings.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortalExport {

    /** The portal's entries in an export, with how many of them have portal issues. */
    public record Activities(List<Map<String, Object>> bodies, int withIssues) {
    }

    private final ContributionService contributions;
    private final CatalogService catalogs;
    private final ContributionExports exports;
    private final ObjectWriter json;

    PortalExport(ContributionService contributions, CatalogService catalogs, ContributionExports exports,
            ObjectMapper json) {
        this.contributions = contributions;
        this.catalogs = catalogs;
        this.exports = exports;
        // One flush per activity would send each as a chunk of its own; the stream is flushed where it matters.
        this.json = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /**
     * The entries of the period as the JSON array of the portal's bodies, written to {@code out} as the cursor
     * reads them. The number of entries with portal issues goes to {@code withIssues} before the first byte:
     * a first pass over the same snapshot counts them (the rules are PortalReadiness's, which need the catalogs
     * and the configured site URL, so they are not SQL), without holding the entries.
     */
    public void writePortalJson(LocalDate from, LocalDate to, Visibility visibility, OutputStream out,
            IntConsumer withIssues) throws IOException {
        exports.read(from, to, visibility, snapshot -> {
            CatalogService.Catalogs catalog = snapshot.catalogs();
            int[] issues = {0};
            snapshot.each(e -> {
                if (!PortalReadiness.issues(e.entry(), e.url(), catalog).isEmpty()) {
                    issues[0]++;
                }
            });
            withIssues.accept(issues[0]);
            try (JsonGenerator array = json.createGenerator(out, JsonEncoding.UTF8)) {
                array.writeStartArray();
                array.flush();
                snapshot.each(e -> json.writeValue(array,
                        Map.of("activity", activity(e.entry(), e.url(), visibility, catalog))));
                array.writeEndArray();
            }
        });
    }

    /** The bodies of a few entries, held: for one entry's activity (GET /api/contributions/{id}/portal-activity). */
    public Activities toPortalJson(List<Contribution> entries, Visibility visibility) {
        CatalogService.Catalogs catalog = catalogs.loadCatalogs();
        List<Map<String, Object>> bodies = new ArrayList<>();
        int withIssues = 0;
        for (Contribution c : entries) {
            String url = contributions.url(c);
            bodies.add(Map.of("activity", activity(c, url, visibility, catalog)));
            if (!PortalReadiness.issues(c, url, catalog).isEmpty()) {
                withIssues++;
            }
        }
        return new Activities(bodies, withIssues);
    }

    /** One activity object, its fields in the order of the portal's model. */
    static Map<String, Object> activity(Contribution c, String url, Visibility visibility,
            CatalogService.Catalogs catalog) {
        ContributionType type = catalog.types().get(c.type);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", 0);
        String typeName = type == null ? c.type : type.apiName;
        a.put("activityTypeName", typeName);
        a.put("typeName", typeName);
        a.put("technologyFocusArea", catalog.areaName(c.technologyArea));
        a.put("additionalTechnologyAreas", c.additionalTechnologyAreas.stream().map(catalog::areaName).toList());
        a.put("targetAudience", c.targetAudiences.stream().map(t -> TargetAudience.fromJson(t).portalName).toList());
        a.put("title", c.title);
        putPresent(a, "description", c.description);
        putPresent(a, "privateDescription", visibility.all() ? c.privateDescription : null);
        a.put("date", dateTime(c.date));
        putPresent(a, "dateEnd", c.endDate == null ? null : dateTime(c.endDate));
        putPresent(a, "url", url);
        putPresent(a, "role", catalog.roleName(c.type, c.role));
        a.put("quantity", c.quantity);
        a.put("reach", c.reach);
        if (type != null) {
            for (String metric : type.metrics) {
                putPresent(a, metric, c.metrics.get(metric));
            }
            if (!type.microsoftEvents.isEmpty()) {
                putPresent(a, "microsoftEvent", c.microsoftEvent);
                putPresent(a, "microsoftEventOther", c.microsoftEventOther);
            }
        }
        a.put("isPrivate", c.privateEntry);
        return a;
    }

    /** The portal's date-time for a day: midnight UTC with milliseconds, as every tool sends it. */
    public static String dateTime(LocalDate day) {
        return day + "T00:00:00.000Z";
    }

    private static void putPresent(Map<String, Object> activity, String field, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            activity.put(field, value);
        }
    }
}
