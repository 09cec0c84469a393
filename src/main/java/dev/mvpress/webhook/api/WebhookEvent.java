package dev.mvpress.webhook.api;

import java.time.Instant;

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
}
