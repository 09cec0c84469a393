package dev.mvpress.contribution.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.ImportReport;
import dev.mvpress.contribution.api.Metric;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.post.Post;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Problem.FieldError;
import dev.mvpress.web.ProblemException;
import dev.mvpress.web.ProblemType;

/**
 * Contributions out (CSV, the MVP portal's activity JSON) and in (CSV or a JSON array, all rows or
 * none, skipping entries that are already stored so that an import can be run again).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContributionTransfer {

    /** The CSV columns, in order; import reads the same columns (id is ignored). */
    public static final List<String> COLUMNS = columns();
    private static final Set<String> LIST_COLUMNS = Set.of("additionalTechnologyAreas", "targetAudiences");
    private static final Set<String> IGNORED_COLUMNS = Set.of("id", "createdAt", "updatedAt", "version");
    // Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final ContributionService contributions;
    private final CatalogService catalogs;
    private final ObjectMapper json;
    private final EntityManager em;

    private final dev.mvpress.kernel.TimeSource time;

    ContributionTransfer(ContributionService contributions, CatalogService catalogs, ObjectMapper json, EntityManager em,
            dev.mvpress.kernel.TimeSource time) {
        this.time = time;
        this.contributions = contributions;
        this.catalogs = catalogs;
        this.json = json;
        this.em = em;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("id", "type", "title", "description", "privateDescription", "date",
                "endDate", "url", "technologyArea", "additionalTechnologyAreas", "targetAudiences", "role", "quantity",
                "reach"));
        columns.addAll(Metric.ALL);
        columns.addAll(List.of("private", "postSlug"));
        return List.copyOf(columns);
    }

    /** RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 byte order mark so spreadsheets read accents right. */
    public String toCsv(List<Contribution> entries, Visibility visibility) {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(COLUMNS.toArray(String[]::new));
        for (Contribution c : entries) {
            List<String> row = new ArrayList<>();
            row.add(c.id.toString());
            row.add(c.type);
            row.add(cell(c.title));
            row.add(cell(c.description));
            row.add(visibility.all() ? cell(c.privateDescription) : "");
            row.add(c.date.toString());
            row.add(c.endDate == null ? "" : c.endDate.toString());
            row.add(cell(contributions.url(c)));
            row.add(c.technologyArea);
            row.add(String.join(";", c.additionalTechnologyAreas));
            row.add(String.join(";", c.targetAudiences));
            row.add(c.role == null ? "" : c.role);
            row.add(Integer.toString(c.quantity));
            row.add(Integer.toString(c.reach));
            for (String metric : Metric.ALL) {
                Long value = c.metrics.get(metric);
                row.add(value == null ? "" : value.toString());
            }
            row.add(Boolean.toString(c.privateEntry));
            row.add(c.post == null ? "" : c.post.slug);
            rows.add(row.toArray(String[]::new));
        }
        java.io.StringWriter out = new java.io.StringWriter();
        out.write('\uFEFF');
        try (var writer = CSV.writerFor(String[].class).with(schema).writeValues(out)) {
            writer.writeAll(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String uncell(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
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
    static String roleName(String role) {
        String spaced = role.startsWith("co-") ? "co-" + role.substring(3).replace('-', ' ') : role.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Parses CSV rows into JSON objects shaped like {@link ContributionInput}. */
    public List<ObjectNode> readCsv(String body) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        if (text.isBlank()) {
            throw ProblemException.invalid("body", "the CSV is empty; the first line must be the header: " + String.join(",", COLUMNS));
        }
        List<ObjectNode> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            CsvSchema header = (CsvSchema) it.getParser().getSchema();
            List<String> unknown = new ArrayList<>();
            header.forEach(column -> {
                if (!COLUMNS.contains(column.getName()) && !IGNORED_COLUMNS.contains(column.getName())) {
                    unknown.add(column.getName());
                }
            });
            if (!unknown.isEmpty()) {
                throw ProblemException.invalid("header", "unknown columns " + unknown + "; the columns are " + String.join(",", COLUMNS));
            }
            while (it.hasNext()) {
                rows.add(toObject(it.next()));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(ProblemType.MALFORMED_BODY, "The body is not valid CSV: " + firstLine(e.getMessage()));
        }
        return rows;
    }

    private ObjectNode toObject(Map<String, String> row) {
        ObjectNode node = json.createObjectNode();
        ObjectNode metrics = json.createObjectNode();
        row.forEach((column, raw) -> {
            if (raw == null || raw.isEmpty() || IGNORED_COLUMNS.contains(column)) {
                return;
            }
            String value = uncell(raw);
            if (LIST_COLUMNS.contains(column)) {
                ArrayNode list = node.putArray(column);
                for (String item : value.split(";")) {
                    if (!item.isBlank()) {
                        list.add(item.strip());
                    }
                }
            } else if (Metric.ALL.contains(column)) {
                metrics.set(column, typed(column, value));
            } else {
                node.set(column, typed(column, value));
            }
        });
        if (!metrics.isEmpty()) {
            node.set("metrics", metrics);
        }
        return node;
    }

    /**
     * A CSV cell is text; counts and the private flag become a JSON number or boolean here, because
     * JSON input is not coerced. A cell that is neither stays text and is reported as the wrong type.
     */
    private JsonNode typed(String column, String value) {
        String v = value.strip();
        if ((column.equals("quantity") || column.equals("reach") || Metric.ALL.contains(column)) && v.matches("-?\\d{1,18}")) {
            return json.getNodeFactory().numberNode(Long.parseLong(v));
        }
        if (column.equals("private") && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))) {
            return json.getNodeFactory().booleanNode(Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT)));
        }
        return json.getNodeFactory().textNode(value);
    }

    /** A JSON array of entries with the API's field names. */
    public List<ObjectNode> readJson(String body) {
        JsonNode node;
        try {
            node = json.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "The body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isArray()) {
            throw ProblemException.invalid("body", "must be a JSON array of contributions");
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                throw ProblemException.invalid("[" + i + "]", "must be a JSON object");
            }
            rows.add((ObjectNode) node.get(i));
        }
        return rows;
    }

    /**
     * Checks every row, then (unless a dry run, and only when no row has a problem) stores the new
     * ones in one transaction. A row equal to a stored entry (same type, date and url, or same type,
     * date and title) or to an earlier row is skipped and reported.
     */
    @Transactional
    public ImportReport importRows(List<ObjectNode> rows, boolean dryRun, Visibility visibility) {
        CatalogService.Catalogs catalog = catalogs.loadCatalogs();
        List<FieldError> problems = new ArrayList<>();
        List<ContributionInput> inputs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                inputs.add(JsonBodies.convert(json, rows.get(i), ContributionInput.class));
            } catch (ProblemException e) {
                inputs.add(null);
                for (FieldError error : e.errors() == null ? List.of(new FieldError("row", e.getMessage())) : e.errors()) {
                    problems.add(error.atRow(i + 1));
                }
            }
        }
        Map<String, Post> posts = contributions.postsBySlug(inputs.stream().filter(x -> x != null).map(ContributionInput::postSlug).toList());
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) != null) {
                for (FieldError error : contributions.problems(inputs.get(i), catalog, posts)) {
                    problems.add(error.atRow(i + 1));
                }
            }
        }
        Map<String, String> stored = storedKeys(inputs, visibility);
        Set<Integer> rowsWithProblems = new HashSet<>();
        problems.forEach(p -> rowsWithProblems.add(p.row()));
        Set<String> seen = new HashSet<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        List<ContributionInput> toCreate = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ContributionInput input = inputs.get(i);
            if (rowsWithProblems.contains(i + 1)) {
                continue;
            }
            List<String> keys = keys(input.type(), input.date(), input.url(), input.title());
            String existing = keys.stream().map(stored::get).filter(x -> x != null).findFirst().orElse(null);
            if (existing != null) {
                skipped.add(new ImportReport.Skipped(i + 1, existing.isEmpty() ? null : existing,
                        reason(keys, stored) + " as an existing entry"));
            } else if (keys.stream().anyMatch(seen::contains)) {
                skipped.add(new ImportReport.Skipped(i + 1, null, "repeats an earlier row of this import"));
            } else {
                seen.addAll(keys);
                toCreate.add(input);
            }
        }
        if (!problems.isEmpty() && !dryRun) {
            throw new ProblemException(ProblemType.VALIDATION, rowsWithProblems.size() + " of " + rows.size()
                    + " rows have problems; nothing was imported", problems);
        }
        if (!dryRun) {
            for (ContributionInput input : toCreate) {
                Contribution c = new Contribution();
                c.id = UUID.randomUUID();
                contributions.copy(c, input, catalog.types().get(input.type()), ContributionService.linkedPost(posts, input), true);
                c.persist();
            }
            em.flush();
        }
        return new ImportReport(dryRun, rows.size(), toCreate.size(), skipped, problems);
    }

    private static List<String> keys(String type, LocalDate date, String url, String title) {
        List<String> keys = new ArrayList<>();
        if (url != null && !url.isBlank()) {
            keys.add("url|" + type + "|" + date + "|" + url.strip());
        }
        keys.add("title|" + type + "|" + date + "|" + title.strip().toLowerCase(Locale.ROOT));
        return keys;
    }

    private static String reason(List<String> keys, Map<String, String> stored) {
        return keys.get(0).startsWith("url|") && stored.containsKey(keys.get(0)) ? "same type, date and url"
                : "same type, date and title";
    }

    /**
     * The natural keys of stored entries in the import's date range, in one query, each with the id
     * of its entry, or with "" for an entry the caller may not read: the row is still skipped, but the
     * report does not name what the caller cannot see.
     */
    private Map<String, String> storedKeys(List<ContributionInput> inputs, Visibility visibility) {
        LocalDate min = inputs.stream().filter(x -> x != null && x.date() != null).map(ContributionInput::date)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate max = inputs.stream().filter(x -> x != null && x.date() != null).map(ContributionInput::date)
                .max(LocalDate::compareTo).orElse(null);
        Map<String, String> keys = new HashMap<>();
        if (min == null) {
            return keys;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.type_key, c.date, c.url, c.title, "
                        + Visibility.CONTRIBUTION_SQL + " from contribution c where c.date between :min and :max"
                        + " order by c.created_at, c.id")
                .setParameter("min", min).setParameter("max", max).setParameter("now", time.now()).getResultList();
        for (Object[] row : rows) {
            boolean readable = visibility.all() || Boolean.TRUE.equals(row[5]);
            LocalDate date = row[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[2];
            for (String key : keys((String) row[1], date, (String) row[3], (String) row[4])) {
                keys.putIfAbsent(key, readable ? row[0].toString() : "");
            }
        }
        return keys;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int cut = message.indexOf('\n');
        return cut > 0 ? message.substring(0, cut) : message;
    }
}
