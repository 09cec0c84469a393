package dev.mvpress.webhook.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.mvpress.jobs.TickStep;
import dev.mvpress.webhook.WebhookConfig;

/**
 * The tick's first step: turns committed changes into webhook events, and scheduled posts whose time
 * came into post.published. Each batch of at most {@value #BATCH} changes is one transaction under the
 * dispatch row's lock (another instance holding it: this one skips); a tick goes on while changes are
 * waiting, for at most {@value #MAX_BATCHES} batches and mvpress.webhooks.tick-budget, so a burst of
 * writes is caught up at once and a long pause stays bounded (the next tick goes on).
 */
@ApplicationScoped
public class EventFanout implements TickStep {

    /** Changes one batch (one transaction) turns into events at most. */
    public static final int BATCH = 200;

    /** Batches one tick runs at most. */
    public static final int MAX_BATCHES = 50;

    private final EventFanoutBatch batch;
    private final WebhookConfig config;

    EventFanout(EventFanoutBatch batch, WebhookConfig config) {
        this.batch = batch;
        this.config = config;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Map<String, Integer> run(Instant now) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        long deadline = System.nanoTime() + config.tickBudget().toNanos();
        for (int i = 0; i < MAX_BATCHES && (i == 0 || System.nanoTime() - deadline < 0); i++) {
            EventFanoutBatch.Outcome outcome = QuarkusTransaction.requiringNew().call(() -> batch.fanOut(now, BATCH));
            if (outcome.skipped()) {
                Log.debug("Another instance is fanning out the change log; this tick skips it");
                counts.merge("fanoutSkipped", 1, Integer::sum);
                break;
            }
            counts.merge("changes", outcome.changes(), Integer::sum);
            counts.merge("wentLive", outcome.wentLive(), Integer::sum);
            counts.merge("messages", outcome.written().messages(), Integer::sum);
            counts.merge("deliveries", outcome.written().deliveries(), Integer::sum);
            counts.merge("deployHookEvents", outcome.written().deployHookEvents(), Integer::sum);
            if (!outcome.more()) {
                break;
            }
        }
        return counts;
    }
}
