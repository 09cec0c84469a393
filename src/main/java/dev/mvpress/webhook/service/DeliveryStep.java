package dev.mvpress.webhook.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.Unremovable;
import io.quarkus.logging.Log;

import dev.mvpress.jobs.TickStep;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.ops.OpsMetrics;
import dev.mvpress.webhook.WebhookConfig;

/**
 * The tick's delivery (order 200): a few workers at once each claim one due delivery, make the attempt and
 * record it, until nothing is due, the tick has attempted mvpress.webhooks.max-per-tick or its time
 * (mvpress.webhooks.tick-budget) is up; so a backlog drains at the receivers' pace, not one batch per tick, a slow
 * receiver holds up one worker, not the others, and every claim's lease starts when its attempt does.
 * Answers how many were delivered, failed for good, left to retry, and superseded.
 */
// Found by the tick among every TickStep bean, not injected by name.
@Unremovable
@ApplicationScoped
public class DeliveryStep implements TickStep {

    /** Attempts in flight at once, per instance and tick. */
    static final int WORKERS = 8;

    private final DeliveryClaims claims;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final TimeSource time;
    private final OpsMetrics metrics;

    DeliveryStep(DeliveryClaims claims, WebhookSender sender, WebhookConfig config, TimeSource time, OpsMetrics metrics) {
        this.claims = claims;
        this.sender = sender;
        this.config = config;
        this.time = time;
        this.metrics = metrics;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Map<String, Integer> run(Instant now) {
        AtomicInteger budget = new AtomicInteger(config.maxPerTick());
        long deadline = System.nanoTime() + config.tickBudget().toNanos();
        Map<DeliveryClaims.Result, Integer> counts = new EnumMap<>(DeliveryClaims.Result.class);
        int size = Math.max(1, Math.min(WORKERS, config.maxPerTick()));
        // A pool per tick: two ticks at once (the scheduler and POST /api/tick) do not wait for each other.
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(size, r -> {
            Thread thread = new Thread(r, "mvpress-webhooks-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Map<DeliveryClaims.Result, Integer>>> running = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                running.add(workers.submit(() -> {
                    // Hibernate asks the request context which datasource a session uses (primary or read
                    // replica, dev.mvpress.replica) and has no answer on a thread without one.
                    ManagedContext context = Arc.container().requestContext();
                    context.activate();
                    try {
                        return work(now, budget, deadline);
                    } finally {
                        context.terminate();
                    }
                }));
            }
            for (Future<Map<DeliveryClaims.Result, Integer>> worker : running) {
                try {
                    worker.get().forEach((result, n) -> counts.merge(result, n, Integer::sum));
                } catch (ExecutionException e) {
                    Log.errorf(e.getCause(), "Webhooks: a delivery worker failed");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            workers.shutdownNow();
        }
        Map<String, Integer> report = new LinkedHashMap<>();
        report.put("delivered", counts.getOrDefault(DeliveryClaims.Result.DELIVERED, 0));
        report.put("failed", counts.getOrDefault(DeliveryClaims.Result.FAILED, 0));
        report.put("retrying", counts.getOrDefault(DeliveryClaims.Result.RETRYING, 0));
        report.put("superseded", counts.getOrDefault(DeliveryClaims.Result.SUPERSEDED, 0));
        return report;
    }

    /** Claims, sends and records one delivery at a time until none is due or the budget (count or time) is spent. */
    private Map<DeliveryClaims.Result, Integer> work(Instant now, AtomicInteger budget, long deadline) {
        Map<DeliveryClaims.Result, Integer> counts = new EnumMap<>(DeliveryClaims.Result.class);
        while (System.nanoTime() - deadline < 0 && budget.getAndDecrement() > 0 && !Thread.currentThread().isInterrupted()) {
            // Due by the tick's time; the lease runs from the attempt's own start.
            Instant current = time.now();
            List<DeliveryClaims.Claimed> claimed = claims.claim(now.isAfter(current) ? now : current, 1);
            if (claimed.isEmpty()) {
                break;
            }
            DeliveryClaims.Claimed delivery = claimed.get(0);
            try {
                DeliveryClaims.Outcome outcome = sender.attempt(delivery);
                DeliveryClaims.Result result = claims.record(delivery, outcome, time.now());
                counts.merge(result, 1, Integer::sum);
                metrics.delivery(OpsMetrics.DeliveryOutcome.valueOf(result.name()));
            } catch (RuntimeException e) {
                metrics.delivery(OpsMetrics.DeliveryOutcome.UNRECORDED);
                // Not recorded (the endpoint was deleted meanwhile, the database is away): the claim's lease runs
                // out and the delivery, if it still exists, is retried.
                Log.warnf(e, "Webhooks: the attempt of delivery %s could not be recorded", delivery.id());
            }
        }
        return counts;
    }
}
