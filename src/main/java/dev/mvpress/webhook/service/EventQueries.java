package dev.mvpress.webhook.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.mvpress.change.ChangeQueries;

/**
 * Every statement of the fan-out: the dispatch row and its lock, the change log past its cursor (the
 * changes feed's rule), the scheduled posts that went live, the endpoints, and the set-wise inserts of
 * messages, deliveries and deploy-hook batches (one statement each per batch, rows passed as JSON).
 */
@ApplicationScoped
public class EventQueries {

    /** Native SQL: the one dispatch row, locked; no row when another instance holds it. */
    static final String LOCK = "select cast(tx as text), seq, live_until from webhook_dispatch where id = 1"
            + " for update skip locked";

    /** Native SQL: the change log past (tx, seq) by the changes feed's rule ({@link ChangeQueries#PAST_CURSOR}). */
    static final String CHANGES = """
            select cast(c.tx as text), c.seq, c.entity, c.entity_id, c.slug, c.previous_slug, c.op,
                   c.public_before, c.public_after, c.changed_at
            from change_log c
            where """ + ChangeQueries.PAST_CURSOR + " order by c.tx, c.seq";

    /** Native SQL: the endpoints that receive events. */
    static final String ENDPOINTS = """
            select e.id, e.kind, cast(e.events as text), e.include_drafts, e.created_at, e.coalesce_seconds
            from webhook_endpoint e where e.enabled""";

    /** Native SQL: messages from a JSON array; a went-live event already recorded is skipped. */
    static final String INSERT_MESSAGES = """
            insert into webhook_message (id, type, entity, entity_id, audience, occurred_at, dedupe_key, payload, created_at)
            select r.id, r.type, r.entity, cast(r.entity_id as uuid), r.audience, cast(r.occurred_at as timestamptz),
                   r.dedupe_key, r.payload, :now
            from jsonb_to_recordset(cast(:rows as jsonb)) as r(id text, type text, entity text, entity_id text,
                 audience text, occurred_at text, dedupe_key text, payload text)
            on conflict (dedupe_key, audience) where dedupe_key is not null do nothing
            returning id""";

    /** Native SQL: one pending delivery, due now, per (endpoint, message) of a JSON array. */
    static final String INSERT_DELIVERIES = """
            insert into webhook_delivery (id, endpoint_id, message_id, event_count, event_type, state, attempts,
                                          next_attempt_at, created_at)
            select gen_random_uuid(), cast(r.endpoint_id as uuid), r.message_id, 1, r.type, 'pending', 0, :now, :now
            from jsonb_to_recordset(cast(:rows as jsonb)) as r(endpoint_id text, message_id text, type text)""";

    /**
     * Native SQL: each deploy hook's events join its open batch (pending, never attempted), or open one
     * due at its first event plus the window; one row per endpoint.
     */
    static final String UPSERT_BATCHES = """
            insert into webhook_delivery (id, endpoint_id, message_id, event_count, event_type, state, attempts,
                                          next_attempt_at, created_at)
            select gen_random_uuid(), cast(r.endpoint_id as uuid), null, r.events, r.type, 'pending', 0,
                   cast(r.due as timestamptz), :now
            from jsonb_to_recordset(cast(:rows as jsonb)) as r(endpoint_id text, events integer, type text, due text)
            on conflict (endpoint_id) where state = 'pending' and attempts = 0 and message_id is null
            do update set event_count = webhook_delivery.event_count + excluded.event_count""";

    /** Native SQL: the cursor moves to (tx, seq); live_until to {@code :live} unless it is already later. */
    static final String ADVANCE = "update webhook_dispatch set tx = cast(:tx as xid8), seq = :seq,"
            + " live_until = greatest(live_until, :live) where id = 1";

    private final EntityManager em;

    EventQueries(EntityManager em) {
        this.em = em;
    }

    /** The row of (tx, seq, live until), locked for this transaction; empty when another holds it. */
    Optional<Object[]> lockDispatch() {
        List<?> rows = em.createNativeQuery(LOCK).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast);
    }

    /** Rows of (tx, seq, entity, id, slug, previous slug, op, public before, public after, changed at). */
    @SuppressWarnings("unchecked")
    List<Object[]> changes(String tx, long seq, int max) {
        return em.createNativeQuery(CHANGES).setParameter("tx", tx).setParameter("seq", seq).setMaxResults(max)
                .getResultList();
    }

    /** Rows of (post id, slug, published at), at most {@code max}. */
    @SuppressWarnings("unchecked")
    List<Object[]> wentLive(Instant since, Instant now, int max) {
        return em.createNativeQuery(ChangeQueries.WENT_LIVE).setParameter("since", since).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /** Rows of (entry id, post id, the post's time). */
    @SuppressWarnings("unchecked")
    List<Object[]> entriesOfPosts(List<UUID> ids) {
        return em.createNativeQuery(ChangeQueries.ENTRIES_OF_POSTS).setParameter("ids", ids).getResultList();
    }

    /** Rows of (id, kind, events as JSON text, include drafts, created at, coalesce seconds). */
    @SuppressWarnings("unchecked")
    List<Object[]> endpoints() {
        return em.createNativeQuery(ENDPOINTS).getResultList();
    }

    /** The ids of the messages inserted (went-live ones already recorded are not). */
    @SuppressWarnings("unchecked")
    List<String> insertMessages(String rows, Instant now) {
        return em.createNativeQuery(INSERT_MESSAGES).setParameter("rows", rows).setParameter("now", now)
                .getResultList();
    }

    int insertDeliveries(String rows, Instant now) {
        return em.createNativeQuery(INSERT_DELIVERIES).setParameter("rows", rows).setParameter("now", now)
                .executeUpdate();
    }

    int upsertBatches(String rows, Instant now) {
        return em.createNativeQuery(UPSERT_BATCHES).setParameter("rows", rows).setParameter("now", now)
                .executeUpdate();
    }

    void advance(String tx, long seq, Instant liveUntil) {
        em.createNativeQuery(ADVANCE).setParameter("tx", tx).setParameter("seq", seq).setParameter("live", liveUntil)
                .executeUpdate();
    }

    /**
     * Forgets the entities the payloads were read from, so that nothing read for a payload can be
     * flushed back (a write here would log a change, and events of our own).
     */
    void forgetReads() {
        em.clear();
    }
}
