package dev.mvpress.kernel;

import java.time.Instant;

/** A representation that knows when its resource last changed, for Last-Modified. */
public interface Timestamped {

    Instant updatedAt();
}
