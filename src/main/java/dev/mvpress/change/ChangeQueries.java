package dev.mvpress.change;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.mvpress.post.Visibility;

/** Every statement of the changes feed: the change log past a cursor, and what went live on schedule. */
@ApplicationScoped
public class ChangeQueries {

    /**
     * Native SQL: the change log past the cursor {@code (:tx, :seq)} of transactions older than every one
     * still running, so that a transaction that began earlier but commits later is never passed over. The
     * changes feed and the webhook fan-out both move along the log by this rule.
     */
    public static final String PAST_CURSOR = "(c.tx, c.seq) > (cast(:tx as xid8), :seq)"
            + " and c.tx < pg_snapshot_xmin(pg_current_snapshot())";

    /**
     * Native SQL: (id, slug, published at, kind) of the posts and pages that went live by schedule after {@code :since} and
     * by {@code :now}, in that order; no write records that moment (the changes feed and the webhook fan-out).
     */
    public static final String WENT_LIVE = """
            select p.id, p.slug, p.published_at, p.kind from post p
            where p.status = 'scheduled' and p.published_at > :since and %s
            order by p.published_at, p.id""".formatted(Visibility.POST_SQL);

    /** Native SQL: (id, post id, the post's time) of the entries that are not private about the posts {@code :ids}. */
    public static final String ENTRIES_OF_POSTS = """
            select c.id, c.post_id, p.published_at from contribution c join post p on p.id = c.post_id
            where c.post_id in (:ids) and not c.private""";

    private final EntityManager em;

    ChangeQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Native SQL: the changes past (tx, seq) of transactions older than every one still running; unless
     * {@code all}, only changes readers could see before or after, and slugs as readers knew them.
     */
    static String sinceStatement(boolean all) {
        return """
                select c.tx::text, c.seq, c.entity, c.entity_id,
                       case when :all or c.public_after then c.slug else coalesce(c.previous_slug, c.slug) end,
                       case when :all or (c.public_before and c.public_after) then c.previous_slug end, c.op, c.changed_at
                from change_log c
                where """ + PAST_CURSOR + (all ? "" : " and (c.public_before or c.public_after)") + """
                order by c.tx, c.seq""";
    }

    /** Rows of (tx, seq, entity, id, slug, previous slug, op, changed at), at most {@code max}. */
    @SuppressWarnings("unchecked")
    List<Object[]> since(ChangeCursor cursor, boolean all, int max) {
        return em.createNativeQuery(sinceStatement(all))
                .setParameter("tx", cursor.tx()).setParameter("seq", cursor.seq()).setParameter("all", all)
                .setMaxResults(max).getResultList();
    }

    /** Rows of (id, slug, published at). */
    @SuppressWarnings("unchecked")
    List<Object[]> wentLive(Instant since, Instant now) {
        return em.createNativeQuery(WENT_LIVE).setParameter("since", since).setParameter("now", now).getResultList();
    }

    /** Rows of (id, post id, published at of its post). */
    @SuppressWarnings("unchecked")
    List<Object[]> entriesOfPosts(List<UUID> ids) {
        return em.createNativeQuery(ENTRIES_OF_POSTS).setParameter("ids", ids).getResultList();
    }
}
