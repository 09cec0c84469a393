package dev.mvpress.support;

import java.time.Instant;

import dev.mvpress.kernel.TimeSource;

/** A clock a test can move, installed with QuarkusMock for one test method. */
public class FixedTime extends TimeSource {

    private Instant now;

    public FixedTime(Instant now) {
        this.now = now;
    }

    public void advanceTo(Instant instant) {
        this.now = instant;
    }

    @Override
    public Instant now() {
        return now;
    }
}
