package dev.mvpress.jobs;

import java.time.Instant;
import java.util.Map;

/**
 * One part of a tick (turning changes into events, delivering due webhooks, pruning). A tick runs every
 * step in {@link #order()}; each step bounds its own work and runs its own transactions, so that a tick
 * called from several places at once does each piece of work once.
 */
public interface TickStep {

    /** Lower runs first. */
    int order();

    /** Does the work due at {@code now}; answers counts by name for the tick's report ("delivered": 3). */
    Map<String, Integer> run(Instant now);
}
