package dev.mvpress.webhook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event types an endpoint may ask for, and the patterns that stand for several: {@code post.*},
 * {@code tag.*}, {@code contribution.*}, and {@code *} for all.
 */
public final class WebhookEvents {

    /** Every event type, with what it means; endpoint patterns choose among them ("post.*", "*"). */
    public static final Map<String, String> DESCRIPTIONS = types();

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("post.published", "A post became visible to readers: created published, published from a draft, or"
                + " its scheduled time came");
        types.put("post.updated", "A post readers can see changed (the drafts audience: any post changed)");
        types.put("post.unpublished", "A post readers could see was hidden again (a draft, or scheduled for later)");
        types.put("post.deleted", "A post was deleted");
        types.put("page.published", "A page (about, uses) became visible to readers, as post.published");
        types.put("page.updated", "A page readers can see changed (the drafts audience: any page changed)");
        types.put("page.unpublished", "A page readers could see was hidden again");
        types.put("page.deleted", "A page was deleted");
        types.put("tag.created", "A tag appeared (to readers: a public tag's row was created)");
        types.put("tag.updated", "A tag changed: name, slug, description or technology area");
        types.put("tag.deleted", "A tag was deleted (to readers: or can no longer be seen)");
        types.put("contribution.created", "A contribution was logged or became public, or the post it is about went live");
        types.put("contribution.updated", "A contribution changed");
        types.put("contribution.deleted", "A contribution was deleted, or (to readers) turned private");
        return Collections.unmodifiableMap(types);
    }

    /** Every event type, in the order the docs list them. */
    public static final List<String> TYPES = List.copyOf(DESCRIPTIONS.keySet());

    /** The patterns, besides the exact types. */
    public static final List<String> PATTERNS = List.of("post.*", "page.*", "tag.*", "contribution.*", "*");

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
        return events.stream().anyMatch(pattern -> matches(pattern, type));
    }

    /** Whether one endpoint pattern covers {@code type}: the exact type, a family ({@code post.*}) or {@code *}. */
    public static boolean matches(String pattern, String type) {
        return "*".equals(pattern) || pattern.equals(type)
                || pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1));
    }
}
