package dev.mvpress.contribution.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.jpa.AvailableHints;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.SqlStatement;
import dev.mvpress.kernel.SqlText;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Post;
import dev.mvpress.post.Visibility;

/**
 * Every statement about contribution entries (the catalogs have {@link CatalogQueries}, the summary's
 * aggregates {@link ContributionSummaryQueries}): lists, lookups, the import's natural keys and what blog entries do when their post changes.
 * The text is in constants and statement-building methods, so tests and the bench can read it.
 */
@ApplicationScoped
public class ContributionQueries {

    /** The text a search snippet is cut from. */
    public static final String SNIPPET_TEXT = "c.title || '. ' || coalesce(c.description, '')";

    /** The best passage of each listed entry for {@code :q}. */
    public static final String SNIPPETS = "select c.id, " + SqlText.headline(SNIPPET_TEXT, 1)
            + " from contribution c where c.id in (:ids)";

    /** JPQL: the entries of a page with their posts, in one statement. */
    public static final String BY_IDS = "select c from Contribution c left join fetch c.post where c.id in :ids";

    /** The slug of an entry's post, by the post's primary key (null when it has none). */
    static final String POST_SLUG = "(select lp.slug from post lp where lp.id = c.post_id)";

    /** The export's order: oldest first. */
    public static final String EXPORT_ORDER = "c.date asc, c.created_at asc, c.id asc";

    /**
     * The columns of an exported entry, in the order {@link ContributionExports} reads them: the entry's own
     * (its JSON lists and counts as text) and the slug of its post, looked up by the post's primary key in a
     * subquery rather than joined, so that the entries come off contribution_date_idx in the export's order
     * whatever the size of the post table, and a cursor can hand them over as they are read.
     */
    public static final String EXPORT_COLUMNS = "c.id, c.type_key, c.title, c.description, c.private_description,"
            + " c.date, c.end_date, c.url, c.technology_area_key, c.additional_technology_areas::text,"
            + " c.target_audiences::text, c.role, c.quantity, c.reach, c.metrics::text, c.private, c.microsoft_event,"
            + " c.microsoft_event_other, c.portal_id, c.filed_at, c.follows_post, " + POST_SLUG
            + " as post_slug";

    /**
     * What the export of the entries {@code where} lets through is made of, in one statement over the same
     * range: how many, a hash of each entry's id, version (every write moves it) and post's slug, and a digest
     * of each catalog's rows (the names the export writes). Any entry entering, leaving or changing, a linked
     * post renamed, or a catalog edited changes one of them; the export's ETag is computed from them, since its
     * bytes are streamed and never held.
     */
    public static String exportFingerprintSql(SqlStatement where) {
        return "select count(*), coalesce(sum(hashtext(c.id::text || '/' || c.version || '/'"
                + " || coalesce(" + POST_SLUG + ", ''))::bigint), 0),"
                + " (select md5(string_agg(t::text, '|' order by t.key)) from contribution_type t),"
                + " (select md5(string_agg(a::text, '|' order by a.key)) from technology_area a)"
                + " from contribution c where " + where.sql();
    }

    /** Rows an export's cursor fetches at a time. */
    static final int EXPORT_FETCH_SIZE = 500;

    /** The natural keys of stored entries in a date range, with whether anonymous readers see each. */
    public static final String STORED_KEYS = "select c.id, c.type_key, c.date, c.url, c.title, "
            + Visibility.CONTRIBUTION_SQL + " from contribution c where c.date between :min and :max"
            + " order by c.created_at, c.id";

    /** Panache: the posts with one of the slugs. */
    public static final String POSTS_BY_SLUG = "slug in ?1";

    /** JPQL: the oldest entry of the type that followed a post which was deleted, by its url or its path. */
    public static final String ORPHANED_ENTRY = "select c from Contribution c where c.post is null and c.followsPost"
            + " and c.type = :type and (c.url = :url or c.url like :path) order by c.createdAt, c.id";

    /** JPQL: the entries that still follow the post. */
    public static final String FOLLOWING = "select c from Contribution c where c.post = :post and c.followsPost";

    /** JPQL: a renamed post's entries that link to its old url link to the new one. */
    public static final String MOVE_URL = "update Contribution c set c.url = :newUrl, c.version = c.version + 1,"
            + " c.updatedAt = :now,"
            + " c.changedSinceFiling = case when c.filedAt is null then c.changedSinceFiling else true end"
            + " where c.post = :post and c.url = :oldUrl";

    /**
     * An entry whose type, area (primary or additional), role or counts the portal no longer knows: the
     * catalog row is retired (in_portal false), or the type lost the role or count.
     */
    public static final String UNKNOWN_NAMES = "(exists (select 1 from contribution_type t where t.key = c.type_key"
            + " and (not t.in_portal"
            + " or (c.role is not null and not exists (select 1 from jsonb_array_elements_text(t.roles) r(name)"
            + " where lower(replace(r.name, ' ', '-')) = c.role))"
            + " or exists (select 1 from jsonb_object_keys(c.metrics) m(name) where not t.metrics @> jsonb_build_array(m.name))))"
            + " or exists (select 1 from technology_area a where not a.in_portal and (a.key = c.technology_area_key"
            + " or c.additional_technology_areas @> jsonb_build_array(a.key))))";

    /** Within a where clause: an entry that repeats {@code :dupType}, {@code :dupDate}, {@code :dupUrl} or the title. */
    public static String repeatedSql(SqlStatement where) {
        return "select c.id, coalesce(c.type_key = :dupType and c.url = :dupUrl, false) from contribution c where "
                + where.sql()
                + " and c.date = :dupDate and ((c.type_key = :dupType and c.url = :dupUrl)"
                + " or lower(c.title) = lower(:dupTitle)) order by 2 desc, c.created_at, c.id limit 1";
    }

    /** An entry a new one repeats, and whether by its url (else by its title). */
    public record Repeated(UUID id, boolean url) {
    }

    private final EntityManager em;
    private final TimeSource time;

    ContributionQueries(EntityManager em, TimeSource time) {
        this.em = em;
        this.time = time;
    }

    /** The ORDER BY of a list sort; relevance needs {@code :q}. */
    public static String orderBy(ContributionSort sort) {
        return switch (sort) {
            case DATE_DESC -> "c.date desc, c.created_at desc, c.id desc";
            case DATE -> "c.date asc, c.created_at asc, c.id asc";
            case TITLE -> "lower(c.title) asc, c.id asc";
            case RELEVANCE -> "ts_rank(c.search, websearch_to_tsquery('english', :q)) desc, c.date desc, c.id desc";
        };
    }

    /** The ids of the entries that match, in order. */
    public static String idsSql(SqlStatement where, String orderBy) {
        return "select c.id from contribution c where " + where.sql() + " order by " + orderBy;
    }

    /** Every entry that matches, with the slug of its post, in the export's order (oldest first), in one statement. */
    public static String exportRowsSql(SqlStatement where) {
        return "select " + EXPORT_COLUMNS + " from contribution c where " + where.sql() + " order by " + EXPORT_ORDER;
    }

    public static String countSql(SqlStatement where) {
        return "select count(*) from contribution c where " + where.sql();
    }

    /** The one entry with {@code :id} if it matches. */
    public static String visibleIdSql(SqlStatement where) {
        return "select c.id from contribution c where c.id = :id and " + where.sql();
    }

    /** What a caller with this visibility may see of the query's type, area, period and search. */
    public SqlStatement where(ContributionQuery query, Visibility visibility) {
        Map<String, Object> params = new HashMap<>();
        List<String> clauses = new ArrayList<>();
        if (!visibility.all()) {
            clauses.add(Visibility.CONTRIBUTION_SQL);
            params.put("now", time.now());
        }
        if (query.type() != null) {
            clauses.add("c.type_key = :type");
            params.put("type", query.type());
        }
        if (query.technologyArea() != null) {
            clauses.add(
                    "(c.technology_area_key = :area or c.additional_technology_areas @> jsonb_build_array(cast(:area as text)))");
            params.put("area", query.technologyArea());
        }
        if (query.from() != null) {
            clauses.add("c.date >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            clauses.add("c.date <= :to");
            params.put("to", query.to());
        }
        if (query.q() != null) {
            clauses.add("c.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", query.q());
        }
        if (query.filed() != null) {
            clauses.add(query.filed() ? "c.filed_at is not null" : "c.filed_at is null");
        }
        if (query.changedSinceFiling() != null) {
            clauses.add(query.changedSinceFiling() ? "c.changed_since_filing" : "not c.changed_since_filing");
        }
        if (query.unknownNames()) {
            clauses.add(UNKNOWN_NAMES);
        }
        return new SqlStatement(clauses.isEmpty() ? "true" : String.join(" and ", clauses), params);
    }

    public Map<UUID, String> snippets(List<UUID> ids, String q) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SNIPPETS).setParameter("q", q).setParameter("ids", ids).getResultList();
        return SqlText.byId(rows);
    }

    /** One page of the ids that match. */
    @SuppressWarnings("unchecked")
    public List<UUID> pageIds(SqlStatement where, ContributionSort sort, PageRequest page) {
        return nativeQuery(idsSql(where, orderBy(sort)), where).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
    }

    /**
     * Hands the rows of {@link #exportRowsSql} to {@code each} as the cursor reads them ({@link #EXPORT_FETCH_SIZE}
     * at a time): an export is never held in memory. The rows are scalars, so the persistence context stays empty.
     * The caller runs it inside a transaction, which PostgreSQL's driver needs to fetch a result in parts.
     */
    public void exportRows(SqlStatement where, Consumer<Object[]> each) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = nativeQuery(exportRowsSql(where), where)
                .setHint(AvailableHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
                .setHint(AvailableHints.HINT_READ_ONLY, true).getResultStream();
        try (rows) {
            rows.forEach(each);
        }
    }

    /** The row of {@link #exportFingerprintSql} as text. */
    public String exportFingerprint(SqlStatement where) {
        Object[] row = (Object[]) nativeQuery(exportFingerprintSql(where), where).getSingleResult();
        return row[0] + " " + row[1] + " " + row[2] + " " + row[3];
    }

    public long count(SqlStatement where) {
        return ((Number) nativeQuery(countSql(where), where).getSingleResult()).longValue();
    }

    /** The id, or nothing when no entry the where clause lets through has it. */
    @SuppressWarnings("unchecked")
    public List<UUID> visibleId(UUID id, SqlStatement where) {
        return nativeQuery(visibleIdSql(where), where).setParameter("id", id).getResultList();
    }

    /** The entries with their posts, in the order of the ids. */
    public List<Contribution> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Contribution> byId = em.createQuery(BY_IDS, Contribution.class)
                .setParameter("ids", ids).getResultList().stream()
                // The join is to one post, so one row per entry; the merge function keeps it so if a
                // to-many fetch is ever added here (see FeedService.latest).
                .collect(Collectors.toMap(c -> c.id, Function.identity(), (first, same) -> first));
        return ids.stream().map(byId::get).toList();
    }

    /** The entry that {@code entry} repeats among those {@code where} lets through, preferring a same-url one. */
    public Optional<Repeated> repeated(SqlStatement where, Contribution entry) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery(repeatedSql(where), where).setParameter("dupType", entry.type)
                .setParameter("dupDate", entry.date).setParameter("dupUrl", entry.url == null ? "" : entry.url)
                .setParameter("dupTitle", entry.title).getResultList();
        return rows.stream().findFirst().map(r -> new Repeated((UUID) r[0], Boolean.TRUE.equals(r[1])));
    }

    /** id, type, date, url, title, publicly visible, of every entry dated between min and max. */
    @SuppressWarnings("unchecked")
    public List<Object[]> storedKeys(LocalDate min, LocalDate max) {
        return em.createNativeQuery(STORED_KEYS).setParameter("min", min).setParameter("max", max)
                .setParameter("now", time.now()).getResultList();
    }

    public List<Post> postsBySlug(List<String> slugs) {
        return Post.<Post>list(POSTS_BY_SLUG, slugs);
    }

    /** At most one entry; {@code pathPattern} is a LIKE pattern. */
    public List<Contribution> orphanedEntry(String type, String url, String pathPattern) {
        return em.createQuery(ORPHANED_ENTRY, Contribution.class).setParameter("type", type).setParameter("url", url)
                .setParameter("path", pathPattern).setMaxResults(1).getResultList();
    }

    public List<Contribution> following(Post post) {
        return em.createQuery(FOLLOWING, Contribution.class).setParameter("post", post).getResultList();
    }

    public int moveUrl(Post post, String oldUrl, String newUrl, Instant now) {
        return em.createQuery(MOVE_URL).setParameter("newUrl", newUrl).setParameter("oldUrl", oldUrl)
                .setParameter("post", post).setParameter("now", now).executeUpdate();
    }

    private Query nativeQuery(String sql, SqlStatement where) {
        return where.bind(em.createNativeQuery(sql));
    }
}
