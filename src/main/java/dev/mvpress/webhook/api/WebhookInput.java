package dev.mvpress.webhook.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.PlainText;

/** What an admin sends to register an endpoint or patch it. Read-only fields of a fetched endpoint are ignored. */
@RegisterForReflection
@JsonIgnoreProperties(value = {"id", "secretHint", "disabledReason", "disabledAt", "failingSince", "createdAt", "updatedAt"})
@Schema(name = "WebhookInput")
public record WebhookInput(
        @Schema(description = "webhook: a signed JSON POST per event (Standard Webhooks). deploy-hook: an empty POST to a"
                + " static host's build hook, once per window of events. Cannot change after registration",
                enumeration = {
                        "webhook", "deploy-hook"},
                defaultValue = "webhook") String kind,
        @NotBlank @Size(max = 2000) @HttpUrl @Schema(required = true, description = "Where to POST: https (http only where"
                + " mvpress.webhooks.allow-http is set), no user:password@, not on a private, loopback or link-local address"
                + " unless mvpress.webhooks.allowed-addresses lists it",
                examples = "https://hooks.example.com/mvpress") String url,
        @Size(max = 20) @Schema(description = "Event types, or post.*, tag.*, contribution.*, * (all; the default)",
                examples = "[\"post.published\", \"post.updated\"]") List<String> events,
        @Size(max = 200) @PlainText @Schema(nullable = true, examples = "Rebuild the Astro site") String description,
        @Schema(description = "Also receive changes readers cannot see (drafts, scheduled posts, private entries), with the"
                + " resource as a drafts:read token sees it. Default false", defaultValue = "false") Boolean includeDrafts,
        @Schema(nullable = true, description = "Deploy hooks only: events within this many seconds of the first make one"
                + " call (0 to 3600); absent: mvpress.webhooks.deploy-hook-window (60 s)", minimum = "0", maximum = "3600",
                examples = "60") Integer coalesceSeconds,
        @Schema(description = "Whether deliveries are made; true again re-enables an endpoint disabled after failing, and"
                + " its pending deliveries resume. Default true", defaultValue = "true") Boolean enabled){
}
