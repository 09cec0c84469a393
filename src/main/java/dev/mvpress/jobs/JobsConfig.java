package dev.mvpress.jobs;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The periodic work (went-live events, webhook deliveries), read from {@code mvpress.jobs.*}: an
 * in-process scheduler while an instance runs, and POST /api/tick for a platform scheduler when
 * instances scale to zero. Both run the same tick; running it twice at once is safe.
 */
@ConfigMapping(prefix = "mvpress.jobs")
public interface JobsConfig {

    Scheduler scheduler();

    interface Scheduler {
        /** Whether each instance ticks by itself while it runs. */
        @WithDefault("true")
        boolean enabled();

        /** How often it ticks: a post scheduled for 09:00 fires post.published by 09:00 plus this. */
        @WithDefault("10S")
        Duration every();
    }
}
