package dev.mvpress.webhook;

import java.util.List;

/**
 * The event types an endpoint may ask for, and the patterns that stand for several: {@code post.*},
 * {@code tag.*}, {@code contribution.*}, and {@code *} for all.
 */
public final class WebhookEvents {

    /** Every event type, in the order the docs list them. */
    public static final List<String> TYPES = List.of("post.published", "post.updated", "post.unpublished", "post.deleted",
            "tag.created", "tag.updated", "tag.deleted", "contribution.created", "contribution.updated",
            "contribution.deleted");

    /** The patterns, besides the exact types. */
    public static final List<String> PATTERNS = List.of("post.*", "tag.*", "contribution.*", "*");

    /** The message a ping route sends, to this endpoint only; no endpoint subscribes to it. */
    public static final String PING = "webhook.ping";

    private WebhookEvents() {
    }

    /** Whether an endpoint may list {@code event}: a type or a pattern. */
    public static boolean known(String event) {
        return TYPES.contains(event) || PATTERNS.contains(event);
    }

    /** Whether an endpoint listing {@code events} receives {@code type}. */
    public static boolean matches(List<String> events, String type) {
        for (String event : events) {
            if (event.equals("*") || event.equals(type)
                    || event.endsWith(".*") && type.startsWith(event.substring(0, event.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
