package dev.mvpress.webhook.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.mvpress.jobs.TickStep;

/**
 * The tick's first step: turns committed changes into webhook events, and scheduled posts whose time
 * came into post.published. Each batch of at most {@value #BATCH} changes is one transaction under the
 * dispatch row's lock (another instance holding it: this one skips); a tick runs at most
 * {@value #MAX_BATCHES} batches, so it stays bounded after a long pause and the next tick goes on.
 */
@ApplicationScoped
public class EventFanout implements TickStep {

    /** Changes one batch (one transaction) turns into events at most. */
    public static final int BATCH = 200;

    /** Batches one tick runs at most. */
    public static final int MAX_BATCHES = 5;

    private final EventFanoutBatch batch;

    EventFanout(EventFanoutBatch batch) {
        this.batch = batch;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Map<String, Integer> run(Instant now) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < MAX_BATCHES; i++) {
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
