package dev.mvpress.webhook.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One message to one endpoint (or one coalesced deploy-hook call) and where it stands. A single delivery
 * also shows its attempts and the exact body sent.
 */
@RegisterForReflection
@Schema(name = "WebhookDelivery")
public record DeliveryView(String id, String endpointId,
        @Schema(description = "The webhook-id header; absent for a deploy hook's call", nullable = true) String messageId,
        @Schema(examples = "post.published") String eventType,
        @Schema(description = "How many events the call stands for (deploy hooks coalesce them)") int eventCount,
        @Schema(enumeration = {
                "pending", "delivered", "failed", "superseded"}) String state,
        int attempts,
        @Schema(nullable = true, description = "When the next attempt is due (pending only)") Instant nextAttemptAt,
        @Schema(nullable = true) Integer lastStatus,
        @Schema(nullable = true) String lastError,
        Instant createdAt,
        @Schema(nullable = true) Instant deliveredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true,
                description = "A single delivery only: every attempt, oldest first") List<AttemptView> attemptLog,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue @Schema(type = SchemaType.OBJECT, nullable = true,
                description = "A single delivery only: the JSON body every attempt sends") String payload){

    /** One attempt: when, how long, what came back. */
    @RegisterForReflection
    @Schema(name = "WebhookAttempt")
    public record AttemptView(int attempt, Instant startedAt, int durationMs,
            @Schema(nullable = true, description = "The receiver's HTTP status; absent when none came") Integer statusCode,
            @Schema(enumeration = {
                    "delivered", "failed"}) String outcome,
            @Schema(nullable = true) String error){
    }
}
