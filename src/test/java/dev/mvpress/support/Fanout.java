package dev.mvpress.support;

import java.time.Instant;
import java.util.Map;

import io.quarkus.arc.Arc;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.webhook.service.EventFanout;

/** Runs the fan-out until it has caught up with the change log (other tests leave many changes behind). */
public final class Fanout {

    private Fanout() {
    }

    /** Fans out every committed change at the clock's time; answers what the last run did. */
    public static Map<String, Integer> drain() {
        return drain(Arc.container().instance(TimeSource.class).get().now());
    }

    public static Map<String, Integer> drain(Instant now) {
        EventFanout fanout = Arc.container().instance(EventFanout.class).get();
        for (int i = 0; i < 1000; i++) {
            Map<String, Integer> counts = fanout.run(now);
            if (!counts.containsKey("fanoutSkipped")
                    && counts.getOrDefault("changes", 0) < EventFanout.BATCH * EventFanout.MAX_BATCHES) {
                return counts;
            }
        }
        throw new IllegalStateException("the fan-out did not catch up");
    }
}
