package dev.mvpress.contribution.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.Metric;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.ProblemException;
import dev.mvpress.web.ProblemType;
import dev.mvpress.web.Problems;

/**
 * Contributions as CSV, both ways: the export's columns out, and the same columns in as JSON objects
 * that {@link ContributionImport} checks and stores. Cells a spreadsheet would run as formulas are quoted.
 */
@ApplicationScoped
public class ContributionCsv {

    /**
     * The CSV columns, in order: keys, each followed by the portal's label for a human who pastes from it.
     * Import reads the same columns; the labels, id and the filing ledger's columns are ignored there.
     */
    public static final List<String> COLUMNS = columns();
    private static final Set<String> LIST_COLUMNS = Set.of("additionalTechnologyAreas", "targetAudiences");
    private static final Set<String> IGNORED_COLUMNS = Set.of("id", "createdAt", "updatedAt", "version", "typeName",
            "technologyAreaName", "additionalTechnologyAreaNames", "targetAudienceNames", "roleName", "portalId", "filedAt");
    /** Count columns of exports made before the portal's API names were used. */
    private static final Map<String, String> OLD_METRIC_COLUMNS = Map.of("views", "numberOfViews", "sessions",
            "numberOfSessions");
    // Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final ContributionExports exports;
    private final ObjectMapper json;

    ContributionCsv(ContributionExports exports, ObjectMapper json) {
        this.exports = exports;
        this.json = json;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("id", "type", "typeName", "title", "description",
                "privateDescription", "date", "endDate", "url", "technologyArea", "technologyAreaName",
                "additionalTechnologyAreas", "additionalTechnologyAreaNames", "targetAudiences", "targetAudienceNames", "role",
                "roleName", "quantity", "reach"));
        columns.addAll(Metric.ALL);
        columns.addAll(List.of("microsoftEvent", "microsoftEventOther", "private", "postSlug", "portalId", "filedAt"));
        return List.copyOf(columns);
    }

    /**
     * The entries of the period as RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 byte order mark so
     * spreadsheets read accents right, written to {@code out} as the cursor reads them: the header row goes out
     * first, before the first entry is read, and no more than one row is held at a time.
     */
    public void writeCsv(LocalDate from, LocalDate to, Visibility visibility, OutputStream out) throws IOException {
        exports.read(from, to, visibility, snapshot -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.write('\uFEFF');
            try (SequenceWriter rows = CSV.writerFor(String[].class).with(SCHEMA).writeValues(text)) {
                rows.write(COLUMNS.toArray(String[]::new));
                rows.flush();
                CatalogService.Catalogs catalog = snapshot.catalogs();
                snapshot.each(entry -> rows.write(row(entry, catalog, visibility)));
            }
        });
    }

    /** One entry's cells, in the order of {@link #COLUMNS}. */
    private static String[] row(ContributionExports.Entry entry, CatalogService.Catalogs catalog, Visibility visibility) {
        Contribution c = entry.entry();
        ContributionType type = catalog.types().get(c.type);
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(c.id.toString());
        row.add(c.type);
        row.add(type == null ? "" : cell(type.portalName));
        row.add(cell(c.title));
        row.add(cell(c.description));
        row.add(visibility.all() ? cell(c.privateDescription) : "");
        row.add(c.date.toString());
        row.add(c.endDate == null ? "" : c.endDate.toString());
        row.add(cell(entry.url()));
        row.add(c.technologyArea);
        row.add(cell(catalog.areaName(c.technologyArea)));
        row.add(String.join(";", c.additionalTechnologyAreas));
        row.add(cell(String.join(";", c.additionalTechnologyAreas.stream().map(catalog::areaName).toList())));
        row.add(String.join(";", c.targetAudiences));
        row.add(String.join(";", c.targetAudiences.stream().map(a -> TargetAudience.fromJson(a).portalName).toList()));
        row.add(c.role == null ? "" : c.role);
        String roleName = c.role == null || type == null ? null : type.roleName(c.role);
        row.add(roleName == null ? "" : cell(roleName));
        row.add(Integer.toString(c.quantity));
        row.add(Integer.toString(c.reach));
        for (String metric : Metric.ALL) {
            Long value = c.metrics.get(metric);
            row.add(value == null ? "" : value.toString());
        }
        row.add(cell(c.microsoftEvent));
        row.add(cell(c.microsoftEventOther));
        row.add(Boolean.toString(c.privateEntry));
        row.add(entry.postSlug() == null ? "" : entry.postSlug());
        row.add(visibility.all() ? cell(c.portalId) : "");
        row.add(visibility.all() && c.filedAt != null ? c.filedAt.toString() : "");
        return row.toArray(String[]::new);
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

    /** Parses CSV rows into JSON objects shaped like {@link ContributionInput}. */
    public List<ObjectNode> readCsv(String body) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        if (text.isBlank()) {
            throw ProblemException.invalid("body",
                    "the CSV is empty; the first line must be the header: " + String.join(",", COLUMNS));
        }
        List<ObjectNode> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            CsvSchema header = (CsvSchema) it.getParser().getSchema();
            List<String> unknown = new ArrayList<>();
            header.forEach(column -> {
                if (!COLUMNS.contains(column.getName()) && !IGNORED_COLUMNS.contains(column.getName())
                        && !OLD_METRIC_COLUMNS.containsKey(column.getName())) {
                    unknown.add(column.getName());
                }
            });
            if (!unknown.isEmpty()) {
                throw ProblemException.invalid("header",
                        "unknown columns " + unknown + "; the columns are " + String.join(",", COLUMNS));
            }
            while (it.hasNext()) {
                rows.add(toObject(it.next()));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(ProblemType.MALFORMED_BODY,
                    "The body is not valid CSV: " + Problems.firstLine(e.getMessage()));
        }
        return rows;
    }

    private ObjectNode toObject(Map<String, String> row) {
        ObjectNode node = json.createObjectNode();
        ObjectNode metrics = json.createObjectNode();
        row.forEach((header, raw) -> {
            if (raw == null || raw.isEmpty() || IGNORED_COLUMNS.contains(header)) {
                return;
            }
            String column = OLD_METRIC_COLUMNS.getOrDefault(header, header);
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
            return json.getNodeFactory().booleanNode(Boolean.parseBoolean(v.toLowerCase(Locale.ROOT)));
        }
        return json.getNodeFactory().textNode(value);
    }
}
