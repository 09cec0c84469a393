package dev.mvpress.webhook.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mvpress.webhook.WebhookEvents;

/**
 * Which event a change is, for each audience, and which endpoints want it. The public audience sees a
 * change when readers could see the thing before or after it (the change log's public_before and
 * public_after, as the changes feed reads them); the drafts audience sees every change, and changes to
 * hidden things are updates (or deletions) there.
 */
final class EventFanoutRules {

    static final String PUBLIC = "public";
    static final String DRAFTS = "drafts";

    private EventFanoutRules() {
    }

    /** One change log row. */
    record ChangeRow(String tx, long seq, String entity, UUID id, String slug, String previousSlug, String op,
            boolean publicBefore, boolean publicAfter, Instant changedAt) {

        boolean deleted() {
            return "deleted".equals(op);
        }

        /** The slug readers knew: the previous one when the thing is hidden after the change. */
        String publicSlug() {
            return publicAfter || previousSlug == null ? slug : previousSlug;
        }
    }

    /**
     * One change per thing per transaction: a write that touches a row twice (publishing updates the post
     * again when it logs its blog entry) is one event, from the first state to the last, where the
     * thing's first change in that transaction stood.
     */
    static List<ChangeRow> perTransaction(List<ChangeRow> rows) {
        Map<String, ChangeRow> merged = new LinkedHashMap<>();
        for (ChangeRow row : rows) {
            merged.merge(row.tx() + "/" + row.entity() + "/" + row.id(), row, (first, next) -> new ChangeRow(next.tx(),
                    next.seq(), next.entity(), next.id(), next.slug(),
                    first.previousSlug() != null ? first.previousSlug() : next.previousSlug(),
                    next.deleted() ? next.op() : first.op(), first.publicBefore(), next.publicAfter(), first.changedAt()));
        }
        return List.copyOf(merged.values());
    }

    /** An endpoint that receives events. */
    record Endpoint(UUID id, boolean deployHook, List<String> events, boolean includeDrafts, Instant createdAt,
            Integer coalesceSeconds) {

        String audience() {
            return includeDrafts ? DRAFTS : PUBLIC;
        }

        /** Whether it wants this event type of its audience, which happened at {@code at}. */
        boolean wants(String audience, String type, Instant at) {
            return audience().equals(audience) && !createdAt.isAfter(at)
                    && WebhookEvents.matches(events, type);
        }
    }

    /** The event of a change for readers, or null when they could see the thing neither before nor after. */
    static String publicType(ChangeRow row) {
        if (!row.publicBefore() && !row.publicAfter()) {
            return null;
        }
        if (published(row.entity())) {
            if (!row.publicBefore()) {
                return row.entity() + ".published";
            }
            if (row.publicAfter()) {
                return row.entity() + ".updated";
            }
            return row.entity() + (row.deleted() ? ".deleted" : ".unpublished");
        }
        if (!row.publicBefore()) {
            return row.entity() + ".created";
        }
        return row.entity() + (row.publicAfter() ? ".updated" : ".deleted");
    }

    /**
     * The event of a change for the drafts audience: every change is one. A post's is as readers'
     * (published, unpublished...) when they could see it, else an update or a deletion; a tag's or an
     * entry's follows what the write did to the row, since this audience saw it all along.
     */
    static String draftsType(ChangeRow row) {
        if (row.deleted()) {
            return row.entity() + ".deleted";
        }
        if (published(row.entity())) {
            String visible = publicType(row);
            // A draft or a scheduled post changed: readers saw nothing, the author's tools see an update.
            return visible != null ? visible : row.entity() + ".updated";
        }
        return row.entity() + ("created".equals(row.op()) ? ".created" : ".updated");
    }

    /** Whether things of this entity are published (posts and pages), rather than created (tags, entries). */
    static boolean published(String entity) {
        return "post".equals(entity) || "page".equals(entity);
    }

    /**
     * The went-live key of a post (or of an entry about it) at its time: the scheduled-time scan and a
     * late change row both use it, so one of them records the event.
     */
    static String liveKey(UUID id, Instant publishedAt) {
        return "live:" + id + ":" + publishedAt.toEpochMilli();
    }
}
