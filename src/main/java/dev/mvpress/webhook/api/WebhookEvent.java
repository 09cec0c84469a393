package dev.mvpress.webhook.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.contribution.api.ContributionView;
import dev.mvpress.post.api.PostView;
import dev.mvpress.tag.api.TagView;

/**
 * The body of a webhook delivery (Standard Webhooks): the event type, when it happened, and the resource
 * as the endpoint's audience sees it at the time of the fan-out, or a tombstone.
 */
@RegisterForReflection
@Schema(name = "WebhookEvent", description = "The JSON body of a webhook delivery; deploy hooks receive an empty body")
public record WebhookEvent(
        @Schema(description = "The event type", examples = "post.published") String type,
        @Schema(description = "When the change happened (for post.published by schedule: the post's time)",
                examples = "2026-12-01T09:00:00Z") Instant timestamp,
        @Schema(description = "The resource as GET shows it to the endpoint's audience, or a tombstone",
                oneOf = {
                        PostView.class, TagView.class, ContributionView.class, EventTombstone.class}) Object data){

    /** Every event type, with what it means; endpoint patterns choose among them ("post.*", "*"). */
    public static final Map<String, String> TYPES = types();

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("post.published", "A post became visible to readers: created published, published from a draft, or"
                + " its scheduled time came");
        types.put("post.updated", "A post readers can see changed (the drafts audience: any post changed)");
        types.put("post.unpublished", "A post readers could see was hidden again (a draft, or scheduled for later)");
        types.put("post.deleted", "A post was deleted");
        types.put("tag.created", "A tag appeared (to readers: a public tag's row was created)");
        types.put("tag.updated", "A tag changed: name, slug, description or technology area");
        types.put("tag.deleted", "A tag was deleted (to readers: or can no longer be seen)");
        types.put("contribution.created", "A contribution was logged or became public, or the post it is about went live");
        types.put("contribution.updated", "A contribution changed");
        types.put("contribution.deleted", "A contribution was deleted, or (to readers) turned private");
        return Collections.unmodifiableMap(types);
    }
}
