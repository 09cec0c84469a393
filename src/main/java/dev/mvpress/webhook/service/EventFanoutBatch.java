package dev.mvpress.webhook.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.kernel.SqlValues;
import dev.mvpress.post.PostStatus;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.webhook.WebhookEndpoint;
import dev.mvpress.webhook.service.EventFanoutRules.ChangeRow;
import dev.mvpress.webhook.service.EventFanoutRules.Endpoint;
import dev.mvpress.webhook.service.EventFanoutWrites.Event;

/**
 * One fan-out transaction, run by {@link EventFanout} under the dispatch row's lock: the next changes
 * past the cursor become events, then the scheduled posts whose time came (and the public entries about
 * them); messages and deliveries are written and the cursor and live_until move, all in the caller's
 * transaction. A fixed number of statements whatever the batch holds.
 */
@ApplicationScoped
class EventFanoutBatch {

    /** Scheduled posts going live in one batch at most; the rest stay after live_until for the next one. */
    static final int MAX_WENT_LIVE = 1000;

    private static final TypeReference<List<String>> PATTERNS = new TypeReference<>() {
    };

    private final EventQueries queries;
    private final PayloadRenderer renderer;
    private final EventFanoutWrites writes;
    private final ObjectMapper json;

    EventFanoutBatch(EventQueries queries, PayloadRenderer renderer, EventFanoutWrites writes, ObjectMapper json) {
        this.queries = queries;
        this.renderer = renderer;
        this.writes = writes;
        this.json = json;
    }

    /** What one batch did; {@code skipped} when another instance holds the dispatch row. */
    record Outcome(boolean skipped, boolean more, int changes, int wentLive, EventFanoutWrites.Written written) {
    }

    /** Fans out at most {@code max} changes; must run inside a transaction. */
    Outcome fanOut(Instant now, int max) {
        Optional<Object[]> dispatch = queries.lockDispatch();
        if (dispatch.isEmpty()) {
            return new Outcome(true, false, 0, 0, EventFanoutWrites.Written.NONE);
        }
        String tx = (String) dispatch.get()[0];
        long seq = ((Number) dispatch.get()[1]).longValue();
        Instant liveUntil = SqlValues.instant(dispatch.get()[2]);
        List<ChangeRow> rows = queries.changes(tx, seq, max + 1).stream().map(EventFanoutBatch::row).toList();
        boolean more = rows.size() > max;
        rows = more ? rows.subList(0, max) : rows;
        List<Object[]> live = queries.wentLive(liveUntil, now, MAX_WENT_LIVE);
        List<Endpoint> endpoints = endpoints();
        Outcome outcome =
                endpoints.isEmpty() ? new Outcome(false, more, rows.size(), live.size(), EventFanoutWrites.Written.NONE)
                        : events(rows, live, endpoints, liveUntil, now, more);
        if (!rows.isEmpty()) {
            tx = rows.get(rows.size() - 1).tx();
            seq = rows.get(rows.size() - 1).seq();
        }
        queries.advance(tx, seq, live.size() < MAX_WENT_LIVE ? now : SqlValues.instant(live.get(live.size() - 1)[2]));
        return outcome;
    }

    private Outcome events(List<ChangeRow> rows, List<Object[]> live, List<Endpoint> endpoints, Instant liveUntil,
            Instant now, boolean more) {
        int changes = rows.size();
        boolean forPublic = endpoints.stream().anyMatch(e -> !e.includeDrafts());
        boolean forDrafts = endpoints.stream().anyMatch(Endpoint::includeDrafts);
        Set<UUID> postIds = new HashSet<>();
        Set<UUID> tagIds = new HashSet<>();
        Set<UUID> entryIds = new HashSet<>();
        // Only what some endpoint wants is read and rendered (after a pause, most rows may be older than
        // every endpoint, or of types nobody asked for).
        rows = EventFanoutRules.perTransaction(rows).stream().filter(row -> wanted(row, endpoints)).toList();
        for (ChangeRow row : rows) {
            (switch (row.entity()) {
                case "post", "page" -> postIds;
                case "tag" -> tagIds;
                default -> entryIds;
            }).add(row.id());
        }
        Map<UUID, Instant> wentLive = new LinkedHashMap<>();
        live.forEach(post -> wentLive.put((UUID) post[0], SqlValues.instant(post[2])));
        postIds.addAll(wentLive.keySet());
        PayloadRenderer.Payloads payloads = renderer.read(postIds, tagIds, entryIds, forPublic, forDrafts, now);
        List<Event> events = new ArrayList<>();
        for (ChangeRow row : rows) {
            String publicType = EventFanoutRules.publicType(row);
            PostCard post = payloads.posts.get(row.id());
            if (EventFanoutRules.published(row.entity()) && late(row, post, liveUntil, now)) {
                // Written hidden, live now, and its time is behind live_until: the scan passed it over
                // (its transaction had not committed), so it goes live here, once.
                wentLive.putIfAbsent(post.id(), post.publishedAt());
                publicType = null;
            }
            if (publicType != null) {
                events.add(event(payloads, publicType, EventFanoutRules.PUBLIC, row, row.publicSlug(), row.changedAt(), null));
            }
            events.add(event(payloads, EventFanoutRules.draftsType(row), EventFanoutRules.DRAFTS, row, row.slug(),
                    row.changedAt(), null));
        }
        for (Map.Entry<UUID, Instant> post : wentLive.entrySet()) {
            PostCard card = payloads.posts.get(post.getKey());
            String key = EventFanoutRules.liveKey(post.getKey(), post.getValue());
            String kind = card == null ? "post" : card.kind().toString();
            for (String audience : List.of(EventFanoutRules.PUBLIC, EventFanoutRules.DRAFTS)) {
                events.add(new Event(kind + ".published", audience, kind, post.getKey(), post.getValue(), key,
                        payloads.body(kind + ".published", post.getValue(), audience, post.getKey(),
                                card == null ? null : card.slug())));
            }
        }
        if (!wentLive.isEmpty() && forPublic) {
            entriesWentLive(wentLive, payloads, entryIds, now, events);
        }
        queries.forgetReads();
        return new Outcome(false, more, changes, wentLive.size(), writes.write(events, endpoints, now));
    }

    /** The public entries about posts that went live: contribution.created to readers, once. */
    private void entriesWentLive(Map<UUID, Instant> wentLive, PayloadRenderer.Payloads payloads, Set<UUID> read,
            Instant now, List<Event> events) {
        List<Object[]> entries = queries.entriesOfPosts(List.copyOf(wentLive.keySet()));
        Set<UUID> unread = new HashSet<>();
        entries.forEach(e -> unread.add((UUID) e[0]));
        unread.removeAll(read);
        PayloadRenderer.Payloads more =
                unread.isEmpty() ? payloads : renderer.read(Set.of(), Set.of(), unread, true, false, now);
        for (Object[] entry : entries) {
            UUID id = (UUID) entry[0];
            Instant at = wentLive.get((UUID) entry[1]);
            PayloadRenderer.Payloads from = read.contains(id) ? payloads : more;
            events.add(new Event("contribution.created", EventFanoutRules.PUBLIC, "contribution", id, at,
                    EventFanoutRules.liveKey(id, at),
                    from.body("contribution.created", at, EventFanoutRules.PUBLIC, id, null)));
        }
    }

    /** Whether an endpoint wants an event of this change (a late went-live one included). */
    private static boolean wanted(ChangeRow row, List<Endpoint> endpoints) {
        String publicType = EventFanoutRules.publicType(row);
        String draftsType = EventFanoutRules.draftsType(row);
        boolean mayGoLive = EventFanoutRules.published(row.entity()) && !row.publicAfter() && !row.deleted();
        return endpoints.stream()
                .anyMatch(e -> publicType != null && e.wants(EventFanoutRules.PUBLIC, publicType, row.changedAt())
                        || e.wants(EventFanoutRules.DRAFTS, draftsType, row.changedAt())
                        || mayGoLive && e.wants(e.audience(), row.entity() + ".published", row.changedAt()));
    }

    /** A post row written hidden whose post is scheduled, live now, and at or before live_until. */
    private static boolean late(ChangeRow row, PostCard post, Instant liveUntil, Instant now) {
        return !row.publicAfter() && !row.deleted() && post != null && post.status() == PostStatus.SCHEDULED
                && post.publishedAt() != null && !post.publishedAt().isAfter(liveUntil) && !post.publishedAt().isAfter(now);
    }

    private static Event event(PayloadRenderer.Payloads payloads, String type, String audience, ChangeRow row, String slug,
            Instant at, String dedupeKey) {
        return new Event(type, audience, row.entity(), row.id(), at, dedupeKey,
                payloads.body(type, at, audience, row.id(), "contribution".equals(row.entity()) ? null : slug));
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Object[] r : queries.endpoints()) {
            endpoints.add(
                    new Endpoint((UUID) r[0], WebhookEndpoint.DEPLOY_HOOK.equals(r[1]), patterns((String) r[2]), (Boolean) r[3],
                            SqlValues.instant(r[4]), r[5] == null ? null : ((Number) r[5]).intValue()));
        }
        return endpoints;
    }

    private List<String> patterns(String events) {
        try {
            return json.readValue(events, PATTERNS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook_endpoint.events is not a JSON array of strings", e);
        }
    }

    private static ChangeRow row(Object[] r) {
        return new ChangeRow((String) r[0], ((Number) r[1]).longValue(), (String) r[2], (UUID) r[3], (String) r[4],
                (String) r[5], (String) r[6], (Boolean) r[7], (Boolean) r[8], SqlValues.instant(r[9]));
    }
}
