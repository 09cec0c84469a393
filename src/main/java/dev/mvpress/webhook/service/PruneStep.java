package dev.mvpress.webhook.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.mvpress.jobs.TickStep;
import dev.mvpress.webhook.WebhookConfig;

/**
 * The tick's pruning (order 300): delivered and superseded deliveries older than mvpress.webhooks.retention,
 * with their attempts, and the messages no delivery needs any more; a bounded number per tick. Failed and
 * pending deliveries stay, so that they can be redelivered.
 */
// Found by the tick among every TickStep bean, not injected by name.
@Unremovable
@ApplicationScoped
public class PruneStep implements TickStep {

    /** Rows of each kind one tick deletes at most; more wait for the next tick. */
    static final int MAX_PER_TICK = 1000;

    private final WebhookQueries queries;
    private final WebhookConfig config;

    PruneStep(WebhookQueries queries, WebhookConfig config) {
        this.queries = queries;
        this.config = config;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Map<String, Integer> run(Instant now) {
        Instant cutoff = now.minus(config.retention());
        Map<String, Integer> report = new LinkedHashMap<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                report.put("prunedDeliveries", queries.pruneDeliveries(cutoff, MAX_PER_TICK));
                report.put("prunedMessages", queries.pruneMessages(cutoff, MAX_PER_TICK));
            });
        } catch (RuntimeException e) {
            // The next tick tries again; pruning late harms nothing.
            Log.errorf(e, "Webhooks: pruning failed");
        }
        return report;
    }
}
