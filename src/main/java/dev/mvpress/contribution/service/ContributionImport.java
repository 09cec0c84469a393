package dev.mvpress.contribution.service;

import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.ImportReport;
import dev.mvpress.post.Post;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Problem.FieldError;
import dev.mvpress.web.ProblemException;
import dev.mvpress.web.ProblemType;
import dev.mvpress.web.Problems;

/**
 * Contributions in (rows from {@link ContributionCsv#readCsv} or a JSON array): all rows or none,
 * skipping entries that are already stored so that an import can be run again. Each row is checked
 * and stored through ContributionService's public methods, the same rules as a single write.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContributionImport {

    private final ContributionService contributions;
    private final CatalogService catalogs;
    private final ContributionQueries queries;
    private final ObjectMapper json;
    private final EntityManager em;

    ContributionImport(ContributionService contributions, CatalogService catalogs, ContributionQueries queries,
            ObjectMapper json, EntityManager em) {
        this.contributions = contributions;
        this.catalogs = catalogs;
        this.queries = queries;
        this.json = json;
        this.em = em;
    }

    /** A JSON array of entries with the API's field names. */
    public List<ObjectNode> readJson(String body) {
        JsonNode node;
        try {
            node = json.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY,
                    "The body is not valid JSON: " + Problems.firstLine(e.getMessage()));
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
        Map<String, Post> posts =
                contributions.postsBySlug(inputs.stream().filter(x -> x != null).map(ContributionInput::postSlug).toList());
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
                contributions.persistChecked(input, catalog, posts);
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
        List<Object[]> rows = queries.storedKeys(min, max);
        for (Object[] row : rows) {
            boolean readable = visibility.all() || Boolean.TRUE.equals(row[5]);
            LocalDate date = row[2] instanceof Date d ? d.toLocalDate() : (LocalDate) row[2];
            for (String key : keys((String) row[1], date, (String) row[3], (String) row[4])) {
                keys.putIfAbsent(key, readable ? row[0].toString() : "");
            }
        }
        return keys;
    }
}
