package dev.mvpress.kernel;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;

/**
 * "Now" for every rule that depends on time (publishing, scheduling), in one replaceable place so
 * tests can move time forward instead of sleeping. Truncated to milliseconds, which PostgreSQL stores exactly.
 */
@ApplicationScoped
public class TimeSource {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** For JPA callbacks, which cannot be injected. */
    public static Instant current() {
        return Arc.container().instance(TimeSource.class).get().now();
    }
}
