package dev.mvpress.change;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.mvpress.post.Visibility;
import dev.mvpress.kernel.TimeSource;

/**
 * Reads the change log that the database triggers write. Only changes of transactions older than
 * every transaction still running are returned, so a transaction that started earlier but commits
 * later is not passed over: its changes wait until it ends, and the cursor has not moved beyond them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeService {

    private final EntityManager em;
    private final TimeSource time;

    ChangeService(EntityManager em, TimeSource time) {
        this.em = em;
        this.time = time;
    }

    /**
     * With {@link Visibility#PUBLIC} (no drafts:read) a change shows only what readers could see:
     * changes to something hidden before and after are left out, a slug (or previous slug) that was
     * not public is not named (a post renamed and unpublished in one write is reported under the slug
     * readers knew), and tags and entries count as public as the change log's triggers define (V9).
     */
    public ChangeFeed changesSince(ChangeCursor cursor, int limit, Visibility visibility) {
        boolean all = visibility.all();
        Instant now = time.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.tx::text, c.seq, c.entity, c.entity_id,
                       case when :all or c.public_after then c.slug else coalesce(c.previous_slug, c.slug) end,
                       case when :all or (c.public_before and c.public_after) then c.previous_slug end, c.op, c.changed_at
                from change_log c
                where (c.tx, c.seq) > (cast(:tx as xid8), :seq)
                  and c.tx < pg_snapshot_xmin(pg_current_snapshot())
                """ + (all ? "" : " and (c.public_before or c.public_after)") + """
                 order by c.tx, c.seq""")
                .setParameter("tx", cursor.tx()).setParameter("seq", cursor.seq()).setParameter("all", all)
                .setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<Change> changes = new ArrayList<>();
        String tx = cursor.tx();
        long seq = cursor.seq();
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            tx = (String) row[0];
            seq = ((Number) row[1]).longValue();
            changes.add(new Change((String) row[2], row[3].toString(), (String) row[4], (String) row[5], (String) row[6],
                    instant(row[7])));
        }
        Instant polledAt = cursor.polledAt();
        if (!more && cursor.polledAt() != null) {
            // Scheduled posts that went live since the last call: no write records that moment.
            changes.addAll(wentLive(cursor.polledAt(), now));
        }
        if (!more) {
            polledAt = now;
        }
        return new ChangeFeed(changes, new ChangeCursor(tx, seq, polledAt).encode(), more);
    }

    private List<Change> wentLive(Instant since, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> posts = em.createNativeQuery("""
                select p.id, p.slug, p.published_at from post p
                where p.status = 'scheduled' and p.published_at > :since and %s
                order by p.published_at, p.id""".formatted(Visibility.POST_SQL))
                .setParameter("since", since).setParameter("now", now).getResultList();
        List<Change> changes = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (Object[] post : posts) {
            ids.add((UUID) post[0]);
            changes.add(new Change("post", post[0].toString(), (String) post[1], null, "updated", instant(post[2])));
        }
        if (!ids.isEmpty()) {
            // Entries about those posts become visible with them.
            @SuppressWarnings("unchecked")
            List<Object[]> entries = em.createNativeQuery("""
                    select c.id, p.published_at from contribution c join post p on p.id = c.post_id
                    where c.post_id in (:ids) and not c.private""").setParameter("ids", ids).getResultList();
            for (Object[] entry : entries) {
                changes.add(new Change("contribution", entry[0].toString(), null, null, "updated", instant(entry[1])));
            }
        }
        return changes;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
