package dev.mvpress.contribution.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.api.FilingInput;
import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Problem.FieldError;
import dev.mvpress.web.ProblemException;
import dev.mvpress.web.ProblemType;

/**
 * Which entries are filed in the MVP portal, so that nothing is filed twice: the bulk marking (and unmarking)
 * of entries, and the plain POST's refusal of an entry that repeats one already logged. That an entry changed
 * after filing is noted by Contribution itself on every write but the ledger's own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FilingLedger {

    /** Entries one request may mark: more than a busy year of activity. */
    public static final int MAX_ENTRIES = 1000;

    /** Updates sent to the database together. */
    static final int UPDATE_BATCH = 100;

    /** How much of the body's problems the answer lists. */
    static final int MAX_PROBLEMS = 100;

    /** What the portal answers as a contribution id (a number today), as text: letters, digits and hyphens. */
    static final Pattern PORTAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    /** A filedAt this far ahead of the server's clock is still taken: the caller's clock may run fast. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ContributionQueries queries;
    private final FilingQueries filings;
    private final ObjectMapper json;
    private final TimeSource time;
    private final EntityManager em;

    FilingLedger(ContributionQueries queries, FilingQueries filings, ObjectMapper json, TimeSource time,
            EntityManager em) {
        this.queries = queries;
        this.filings = filings;
        this.json = json;
        this.time = time;
        this.em = em;
    }

    /** One line of the body, read and checked; {@code index} is its place in the array. */
    private record Line(int index, UUID id, FilingInput input) {

        boolean marks() {
            return !Boolean.FALSE.equals(input.filed());
        }
    }

    /**
     * Marks entries filed (or, with {@code "filed": false}, not filed) as a JSON array of {@link FilingInput}
     * says, all or none: an entry the caller cannot see is as unknown as one that does not exist, and any
     * problem in any line is a 400 naming it ({@code [3].id}) with nothing written. Marking clears
     * changedSinceFiling and is not itself a change since filing. Answers the entries in the body's order.
     */
    @Transactional
    public List<Contribution> recordFilings(String body, Visibility visibility) {
        JsonNode array = JsonBodies.readArray(json, body, "filings such as {\"id\": \"...\", \"portalId\": \"298431\"}");
        if (array.size() > MAX_ENTRIES) {
            throw ProblemException.invalid("body", "at most " + MAX_ENTRIES + " entries in one request (this one has "
                    + array.size() + "); send the rest in another");
        }
        Instant now = time.now();
        List<FieldError> errors = new ArrayList<>();
        List<Line> lines = read(array, now, errors);
        Map<UUID, Contribution> entries = lockVisible(lines.stream().map(Line::id).toList(), visibility);
        for (Line line : lines) {
            Contribution c = entries.get(line.id());
            if (c == null) {
                errors.add(new FieldError(field(line.index(), "id"), "no contribution has the id '" + line.id() + "'"));
            } else if (line.input().version() != null && line.input().version() > c.version) {
                errors.add(new FieldError(field(line.index(), "version"), "the entry is at version " + c.version
                        + "; a filed version cannot be newer"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(index(a), index(b)));
            throw refused(errors, array.size());
        }
        for (Line line : lines) {
            Contribution c = entries.get(line.id());
            c.recordingFiling = true;
            if (line.marks()) {
                if (line.input().portalId() != null) {
                    c.portalId = line.input().portalId();
                }
                c.filedAt = line.input().filedAt() == null ? now : line.input().filedAt().truncatedTo(ChronoUnit.MICROS);
            } else {
                c.portalId = null;
                c.filedAt = null;
            }
            // Filed from an older version: the portal holds that one, so the entry stays changed since filing.
            c.changedSinceFiling = line.marks() && line.input().version() != null && line.input().version() < c.version;
        }
        // One update per entry, sent in batches rather than a round trip each (a year of entries is a few hundred).
        em.unwrap(Session.class).setJdbcBatchSize(UPDATE_BATCH);
        em.flush();
        entries.values().forEach(c -> c.recordingFiling = false);
        return lines.stream().map(line -> entries.get(line.id())).toList();
    }

    /** The lines that read without a problem; the problems go to {@code errors}. */
    private List<Line> read(JsonNode array, Instant now, List<FieldError> errors) {
        List<Line> lines = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                errors.add(new FieldError("[" + i + "]",
                        "must be a JSON object such as {\"id\": \"...\", \"portalId\": \"...\"}"));
                continue;
            }
            FilingInput input;
            try {
                input = JsonBodies.convert(json, item, FilingInput.class);
            } catch (ProblemException e) {
                for (FieldError error : e.errors() == null ? List.of(new FieldError(null, e.getMessage())) : e.errors()) {
                    errors.add(new FieldError(field(i, error.field()), error.message()));
                }
                continue;
            }
            int before = errors.size();
            UUID id = id(i, input.id(), errors);
            if (id != null && seen.putIfAbsent(id, i) != null) {
                errors.add(new FieldError(field(i, "id"), "names the same entry as [" + seen.get(id) + "]"));
            }
            if (input.portalId() != null && !PORTAL_ID.matcher(input.portalId()).matches()) {
                errors.add(new FieldError(field(i, "portalId"),
                        "must be the id the portal answered: 1 to 64 letters, digits or hyphens, such as \"298431\""));
            }
            if (input.filedAt() != null && input.filedAt().isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(new FieldError(field(i, "filedAt"), "must not be in the future"));
            }
            if (Boolean.FALSE.equals(input.filed())
                    && (input.portalId() != null || input.filedAt() != null || input.version() != null)) {
                errors.add(new FieldError(field(i, "filed"),
                        "false marks the entry not filed, which takes no portalId, filedAt or version"));
            }
            if (errors.size() == before) {
                lines.add(new Line(i, id, input));
            }
        }
        return lines;
    }

    private static UUID id(int index, String id, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            errors.add(new FieldError(field(index, "id"), "is required: the id of the entry filed"));
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field(index, "id"), "'" + id + "' is not a contribution id (a UUID)"));
            return null;
        }
    }

    /** The entries among {@code ids} that the caller may see, locked for this transaction. */
    private Map<UUID, Contribution> lockVisible(List<UUID> ids, Visibility visibility) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        SqlStatement where = queries.where(ContributionQuery.period(null, null), visibility);
        return queries.byIds(filings.lockVisible(ids, where)).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    private static String field(int index, String field) {
        return "[" + index + "]" + (field == null || field.isEmpty() ? "" : "." + field);
    }

    private static int index(FieldError error) {
        String field = error.field();
        return Integer.parseInt(field.substring(1, field.indexOf(']')));
    }

    private static ProblemException refused(List<FieldError> errors, int size) {
        long lines = errors.stream().map(FilingLedger::index).distinct().count();
        String detail = lines + " of " + size + (size == 1 ? " entry has" : " entries have")
                + " problems; nothing was marked: "
                + errors.stream().limit(3).map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "))
                + (errors.size() > 3 ? "; ..." : "");
        return new ProblemException(ProblemType.VALIDATION, detail,
                errors.size() > MAX_PROBLEMS ? List.copyOf(errors.subList(0, MAX_PROBLEMS)) : errors);
    }

    /**
     * Refuses a new entry that repeats one the caller can see (same type, date and url, or same title and
     * date): a 409 whose Location names that entry. Filing both would make a duplicate in the portal, so the
     * caller must say it is a separate activity (POST ?separate=true). A PUT under a new id is not checked:
     * the client chose that id, as a sync does, and the same PUT repeated must stay idempotent.
     */
    public void refuseRepeat(Contribution entry, Visibility visibility) {
        SqlStatement where = queries.where(ContributionQuery.period(entry.date, entry.date), visibility);
        queries.repeated(where, entry).ifPresent(existing -> {
            String path = "/api/contributions/" + existing.id();
            throw ProblemException.conflict(existing.url() ? "url" : "title", "repeats the entry " + path + " ("
                    + (existing.url() ? "same type, date and url" : "same title and date")
                    + "); send ?separate=true to log it as a separate activity").at(path);
        });
    }
}
