package dev.mvpress.jobs;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.logging.Log;

import dev.mvpress.kernel.TimeSource;

/**
 * Runs every {@link TickStep} in order (fan-out and went-live, deliveries, pruning). Each step is
 * isolated: one that fails is logged and counted in the report ({@code stepsFailed}), and the next
 * still runs, so a tick never fails because one receiver or one piece is down.
 */
@ApplicationScoped
public class Ticker {

    private final List<TickStep> steps;
    private final TimeSource time;

    Ticker(Instance<TickStep> steps, TimeSource time) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(TickStep::order)).toList();
        this.time = time;
    }

    /** A tick at the current time. */
    public TickReport tick() {
        return tick(time.now());
    }

    public TickReport tick(Instant now) {
        Map<String, Integer> counts = new TreeMap<>();
        for (TickStep step : steps) {
            try {
                step.run(now).forEach((name, count) -> counts.merge(name, count, Integer::sum));
            } catch (RuntimeException e) {
                Log.errorf(e, "Tick step %s (order %d) failed; the other steps ran", name(step), step.order());
                counts.merge("stepsFailed", 1, Integer::sum);
            }
        }
        return new TickReport(now, counts);
    }

    private static String name(TickStep step) {
        return step.getClass().getSimpleName().replace("_ClientProxy", "");
    }
}
