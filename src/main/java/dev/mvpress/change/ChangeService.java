package dev.mvpress.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Visibility;

/**
 * Reads the change log that the database triggers write. Only changes of transactions older than
 * every transaction still running are returned, so a transaction that started earlier but commits
 * later is not passed over: its changes wait until it ends, and the cursor has not moved beyond them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeService {

    private final ChangeQueries queries;
    private final TimeSource time;

    ChangeService(ChangeQueries queries, TimeSource time) {
        this.queries = queries;
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
        List<Object[]> rows = queries.since(cursor, all, limit + 1);
        boolean more = rows.size() > limit;
        List<Change> changes = new ArrayList<>();
        String tx = cursor.tx();
        long seq = cursor.seq();
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            tx = (String) row[0];
            seq = ((Number) row[1]).longValue();
            changes.add(ChangeViews.logged(row));
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
        List<Object[]> posts = queries.wentLive(since, now);
        List<Change> changes = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (Object[] post : posts) {
            ids.add((UUID) post[0]);
            changes.add(ChangeViews.postWentLive(post));
        }
        if (!ids.isEmpty()) {
            // Entries about those posts become visible with them.
            for (Object[] entry : queries.entriesOfPosts(ids)) {
                changes.add(ChangeViews.entryWentLive(entry));
            }
        }
        return changes;
    }
}
