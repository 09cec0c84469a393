package dev.mvpress.contribution.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.kernel.SqlValues;
import dev.mvpress.post.PostUrls;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.ETags;

/**
 * The entries of a period as the export and the filing sheet read them: in one read-only transaction with one
 * snapshot of the database (REPEATABLE READ), so that a count taken first (the portal's issues, the sheet's
 * number of activities) and the rows streamed after it see the same entries, whatever is written meanwhile.
 * Rows come through a cursor, one at a time, as detached entries that nothing else holds: a year of entries is
 * never a list in memory, and the statements are the same few whatever the number of entries.
 */
@ApplicationScoped
public class ContributionExports {

    /** PostgreSQL takes this only as the transaction's first statement: the snapshot is taken at the next one. */
    static final String SNAPSHOT = "set transaction isolation level repeatable read, read only";

    private static final TypeReference<ArrayList<String>> LIST = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, Long>> METRICS = new TypeReference<>() {
    };

    /** One exported entry: the entry (detached, its post not loaded), its post's slug and its url as readers get it. */
    public record Entry(Contribution entry, String postSlug, String url) {
    }

    /** Receives an entry; may write it out. */
    @FunctionalInterface
    public interface EntryWriter {
        void accept(Entry entry) throws IOException;
    }

    /** What reads the period inside its snapshot. */
    @FunctionalInterface
    public interface Reading {
        void read(Snapshot snapshot) throws IOException;
    }

    /** The period's entries in one snapshot: read them as often as needed, each pass one statement. */
    public final class Snapshot {

        private final SqlStatement where;
        private final CatalogService.Catalogs catalogs;

        Snapshot(SqlStatement where, CatalogService.Catalogs catalogs) {
            this.where = where;
            this.catalogs = catalogs;
        }

        public CatalogService.Catalogs catalogs() {
            return catalogs;
        }

        /** How many entries a pass hands over, from one count statement. */
        public long count() {
            return queries.count(where);
        }

        /** Every entry, oldest first, as the cursor reads it. */
        public void each(EntryWriter each) throws IOException {
            try {
                queries.exportRows(where, row -> {
                    try {
                        each.accept(entry(row));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private final ContributionQueries queries;
    private final CatalogService catalogs;
    private final EntityManager em;
    private final ObjectMapper json;
    private final PostUrls urls;
    private final ContributionService contributions;

    ContributionExports(ContributionQueries queries, CatalogService catalogs, EntityManager em, ObjectMapper json,
            PostUrls urls, ContributionService contributions) {
        this.queries = queries;
        this.catalogs = catalogs;
        this.em = em;
        this.json = json;
        this.urls = urls;
        this.contributions = contributions;
    }

    /**
     * Runs {@code reading} over the entries of the period the caller may see, in a read-only transaction of its
     * own: an export is written after the resource method returned, and PostgreSQL's driver fetches a result in
     * parts only inside a transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void read(LocalDate from, LocalDate to, Visibility visibility, Reading reading) throws IOException {
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(SNAPSHOT);
            }
        });
        SqlStatement where = queries.where(ContributionQuery.period(from, to), visibility);
        reading.read(new Snapshot(where, catalogs.loadCatalogs()));
    }

    /**
     * The entity tag of a document of the period ({@code document} names it: format, layout), from what it is
     * made of rather than from its bytes, which are streamed and never held: one aggregate statement over the
     * period's entries and the catalogs (ContributionQueries#exportFingerprintSql), the caller's visibility and
     * the URLs posts are published at. HttpCaching answers If-None-Match with it before any entry is read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String etag(String document, LocalDate from, LocalDate to, Visibility visibility) {
        SqlStatement where = queries.where(ContributionQuery.period(from, to), visibility);
        String made = document + '\n' + from + '\n' + to + '\n' + visibility + '\n' + urls.publicUrl("s") + '\n'
                + queries.exportFingerprint(where);
        return ETags.of(made.getBytes(StandardCharsets.UTF_8));
    }

    /** A row of ContributionQueries#EXPORT_COLUMNS. */
    private Entry entry(Object[] r) {
        Contribution c = new Contribution();
        c.id = (UUID) r[0];
        c.type = (String) r[1];
        c.title = (String) r[2];
        c.description = (String) r[3];
        c.privateDescription = (String) r[4];
        c.date = day(r[5]);
        c.endDate = day(r[6]);
        c.url = (String) r[7];
        c.technologyArea = (String) r[8];
        c.additionalTechnologyAreas = parse((String) r[9], LIST);
        c.targetAudiences = parse((String) r[10], LIST);
        c.role = (String) r[11];
        c.quantity = ((Number) r[12]).intValue();
        c.reach = ((Number) r[13]).intValue();
        c.metrics = parse((String) r[14], METRICS);
        c.privateEntry = (Boolean) r[15];
        c.microsoftEvent = (String) r[16];
        c.microsoftEventOther = (String) r[17];
        c.portalId = (String) r[18];
        c.filedAt = SqlValues.instant(r[19]);
        c.followsPost = (Boolean) r[20];
        String postSlug = (String) r[21];
        return new Entry(c, postSlug, contributions.url(c, postSlug));
    }

    private <T> T parse(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored JSON column could not be read: " + e.getOriginalMessage(), e);
        }
    }

    private static LocalDate day(Object value) {
        return value == null || value instanceof LocalDate ? (LocalDate) value : ((Date) value).toLocalDate();
    }
}
