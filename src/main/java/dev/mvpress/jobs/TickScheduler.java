package dev.mvpress.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Ticks while an instance runs, every {@code mvpress.jobs.scheduler.every}, the first time
 * {@code mvpress.jobs.scheduler.delay} after start (a cold start serves its first request without a tick
 * competing for the CPU), unless
 * {@code mvpress.jobs.scheduler.enabled=false} (then only POST /api/tick ticks). A tick still running
 * when the next is due is not overlapped; several instances ticking at once is safe (see {@link Ticker}).
 */
@ApplicationScoped
public class TickScheduler {

    private final Ticker ticker;

    TickScheduler(Ticker ticker) {
        this.ticker = ticker;
    }

    @Scheduled(identity = "mvpress-tick", every = "${mvpress.jobs.scheduler.every:10S}",
            delayed = "${mvpress.jobs.scheduler.delay:5S}", skipExecutionIf = Disabled.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        TickReport report = ticker.tick();
        Log.debugf("Tick: %s", report.counts());
    }

    /** Skips every execution when the configuration turns the in-process scheduler off. */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {

        private final JobsConfig config;

        Disabled(JobsConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.scheduler().enabled();
        }
    }

}
