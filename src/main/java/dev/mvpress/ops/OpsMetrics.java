package dev.mvpress.ops;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

import dev.mvpress.post.PostKind;

/**
 * MVPress's own counters, in Prometheus as {@code mvpress_posts_published_total{kind}},
 * {@code mvpress_auth_failures_total{reason}} and {@code mvpress_webhook_deliveries_total{outcome}}. Every tag has a
 * fixed set of values, and every series exists from the start at 0, so that a rate or an alert has something to read
 * before the first event. Created at start-up for that reason (a handful of counters, microseconds).
 */
@Startup
@ApplicationScoped
public class OpsMetrics {

    /** Why a bearer authentication failed (bounded: never the token, the path or the client). */
    public enum AuthFailure {
        /** A protected operation was called without an Authorization header. */
        MISSING,
        /** The Authorization header is not a Bearer one. */
        MALFORMED,
        /** The token is unknown, revoked or expired (or the admin token is not configured). */
        INVALID,
        /** The client failed too often and got a 429 without its token being checked. */
        THROTTLED
    }

    /** What one webhook delivery attempt came to. */
    public enum DeliveryOutcome {
        DELIVERED, RETRYING, FAILED, SUPERSEDED, STALE,
        /** The attempt was made but its outcome could not be stored (the database was away, the endpoint deleted). */
        UNRECORDED
    }

    private final TransactionSynchronizationRegistry transactions;
    private final Map<PostKind, Counter> published = new EnumMap<>(PostKind.class);
    private final Map<AuthFailure, Counter> authFailures = new EnumMap<>(AuthFailure.class);
    private final Map<DeliveryOutcome, Counter> deliveries = new EnumMap<>(DeliveryOutcome.class);

    OpsMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        for (PostKind kind : PostKind.values()) {
            published.put(kind, Counter.builder("mvpress.posts.published").tag("kind", name(kind))
                    .description("Writes that made a post or page public (published now, not scheduled)").register(registry));
        }
        for (AuthFailure reason : AuthFailure.values()) {
            authFailures.put(reason, Counter.builder("mvpress.auth.failures").tag("reason", name(reason))
                    .description("Requests refused with 401 or 429 by the bearer authentication").register(registry));
        }
        for (DeliveryOutcome outcome : DeliveryOutcome.values()) {
            deliveries.put(outcome, Counter.builder("mvpress.webhook.deliveries").tag("outcome", name(outcome))
                    .description("Webhook and deploy-hook delivery attempts by what they came to").register(registry));
        }
    }

    /** A post or page became public in this write: counted when (and if) the write's transaction commits. */
    public void postPublished(PostKind kind) {
        Counter counter = published.get(kind);
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            counter.increment();
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }

    public void authFailed(AuthFailure reason) {
        authFailures.get(reason).increment();
    }

    public void delivery(DeliveryOutcome outcome) {
        deliveries.get(outcome).increment();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
