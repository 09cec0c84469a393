package dev.mvpress.webhook.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An endpoint as /api/webhooks shows it: the secret only in the answer that made it (create, rotate). */
@RegisterForReflection
@Schema(name = "Webhook")
public record WebhookView(String id, @Schema(enumeration = {
        "webhook", "deploy-hook"}) String kind, String url,
        List<String> events, @Schema(nullable = true) String description, boolean includeDrafts,
        @Schema(nullable = true) Integer coalesceSeconds, boolean enabled,
        @Schema(nullable = true, description = "Why MVPress disabled the endpoint: since when its attempts have failed,"
                + " and the last error") String disabledReason,
        @Schema(nullable = true) Instant disabledAt,
        @Schema(nullable = true,
                description = "Since when every attempt has failed; cleared by a success") Instant failingSince,
        @Schema(description = "The first 10 characters of the secret, to tell secrets apart",
                examples = "whsec_MfKQ") String secretHint,
        Instant createdAt, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only in the answer to create and to rotate:"
                + " the signing secret (whsec_ and base64), never shown again",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret){

    /** The same endpoint without its secret. */
    public WebhookView withoutSecret() {
        return new WebhookView(id, kind, url, events, description, includeDrafts, coalesceSeconds, enabled, disabledReason,
                disabledAt, failingSince, secretHint, createdAt, updatedAt, null);
    }
}
