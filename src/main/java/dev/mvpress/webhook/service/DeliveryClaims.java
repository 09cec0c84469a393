package dev.mvpress.webhook.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import dev.mvpress.kernel.TextCut;
import dev.mvpress.webhook.WebhookConfig;

/**
 * The two transactions around each HTTP call: the claim (due deliveries locked with SKIP LOCKED, given a
 * claim token, one more attempt and a lease, committed before anything is sent), and the outcome (the
 * attempt row, then the delivery's new state written only where the claim still owns it, so that a call
 * that outlived its lease cannot overwrite what the caller who took over recorded).
 */
@ApplicationScoped
public class DeliveryClaims {

    /** A claimed delivery: what one attempt needs. {@code messageId} and {@code payload} are null for a deploy hook. */
    public record Claimed(UUID id, UUID endpointId, String messageId, int attempt, String eventType, String url,
            String secret, String payload, UUID claim) {
    }

    /** What one attempt came to. {@code status} is null when no response came. */
    public record Outcome(boolean delivered, Integer status, String error, Instant startedAt, int durationMs) {
    }

    /** The state a recorded outcome left the delivery in, or {@code stale} when another claim owned it by then. */
    public enum Result {
        DELIVERED, RETRYING, FAILED, SUPERSEDED, STALE
    }

    static final int MAX_ERROR = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final WebhookQueries queries;
    private final WebhookConfig config;

    DeliveryClaims(WebhookQueries queries, WebhookConfig config) {
        this.queries = queries;
        this.config = config;
    }

    /**
     * Claims up to {@code n} deliveries due at {@code now}; they belong to the caller until {@code now} plus the
     * claim lease. A deploy-hook call that failed and would be retried while a later call exists is superseded
     * first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(Instant now, int n) {
        queries.supersedeDue(now);
        UUID claim = UUID.randomUUID();
        return queries.claim(claim, now, now.plus(config.claimLease()), n).stream()
                .map(r -> new Claimed((UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).intValue(), (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], claim))
                .toList();
    }

    /**
     * Records the attempt and, if the claim still owns the delivery, its new state: delivered; pending again after
     * the retry schedule's wait; failed past the schedule; superseded for a deploy-hook call a later one covers.
     * A failure starts or extends the endpoint's failing streak and disables it after disable-after; a success
     * ends the streak.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result record(Claimed claimed, Outcome outcome, Instant now) {
        String error = outcome.error() == null ? null : TextCut.cut(outcome.error(), MAX_ERROR);
        queries.insertAttempt(claimed.id(), claimed.attempt(), outcome.startedAt(), outcome.durationMs(), outcome.status(),
                outcome.delivered() ? "delivered" : "failed", error);
        if (outcome.delivered()) {
            if (!queries.outcome(claimed.id(), claimed.claim(), "delivered", null, outcome.status(), null, now)) {
                return stale(claimed);
            }
            queries.endpointSucceeded(claimed.endpointId());
            return Result.DELIVERED;
        }
        List<Duration> schedule = config.retrySchedule();
        Result result;
        Instant next = null;
        if (claimed.messageId() == null && queries.newerBatch(claimed.id())) {
            result = Result.SUPERSEDED;
        } else if (claimed.attempt() <= schedule.size()) {
            result = Result.RETRYING;
            next = now.plus(schedule.get(claimed.attempt() - 1));
        } else {
            result = Result.FAILED;
        }
        String state = switch (result) {
            case SUPERSEDED -> "superseded";
            case RETRYING -> "pending";
            default -> "failed";
        };
        if (!queries.outcome(claimed.id(), claimed.claim(), state, next, outcome.status(), error, null)) {
            return stale(claimed);
        }
        Instant since = queries.endpointFailed(claimed.endpointId(), now);
        if (since != null && !since.isAfter(now.minus(config.disableAfter()))) {
            String reason = TextCut.cut("Every attempt has failed since " + WHEN.format(since) + ", longer than "
                    + hours(config.disableAfter()) + " (mvpress.webhooks.disable-after); the last: " + error, MAX_ERROR);
            if (queries.disable(claimed.endpointId(), now, now.minus(config.disableAfter()), reason)) {
                Log.warnf("Webhooks: endpoint %s disabled: %s", claimed.endpointId(), reason);
            }
        }
        return result;
    }

    private static String hours(Duration duration) {
        return duration.toMinutes() % 60 == 0 ? duration.toHours() + " h" : duration.toMinutes() + " min";
    }

    private static Result stale(Claimed claimed) {
        Log.infof("Webhooks: attempt %d of delivery %s ended after its claim lease; another claim owns it now",
                claimed.attempt(), claimed.id());
        return Result.STALE;
    }
}
