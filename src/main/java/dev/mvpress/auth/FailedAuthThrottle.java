package dev.mvpress.auth;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.MvpressConfig;

/**
 * Counts failed authentications per client address in fixed windows; past the limit the client gets
 * 429 until its window ends. The count lives in this instance's memory: with several instances a
 * client may try the limit on each (documented in docs/security.md), which still turns guessing a
 * 256-bit token from hopeless into more hopeless.
 */
@ApplicationScoped
public class FailedAuthThrottle {

    private static final int MAX_CLIENTS = 10_000;

    private record Window(long startedAt, int failures) {
    }

    private final int maxFailures;
    private final long windowMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FailedAuthThrottle(MvpressConfig config) {
        this.maxFailures = config.auth().maxFailures();
        this.windowMillis = config.auth().failureWindow().toMillis();
    }

    /** Seconds the client must wait, or 0 when it may try. */
    public long retryAfterSeconds(String client) {
        Window window = windows.get(client);
        long now = System.currentTimeMillis();
        if (window == null || now - window.startedAt() >= windowMillis || window.failures() < maxFailures) {
            return 0;
        }
        return Math.max(1, Duration.ofMillis(window.startedAt() + windowMillis - now).toSeconds());
    }

    public void failed(String client) {
        long now = System.currentTimeMillis();
        if (windows.size() >= MAX_CLIENTS) {
            evictExpired(now);
        }
        windows.compute(client, (key, window) -> window == null || now - window.startedAt() >= windowMillis
                ? new Window(now, 1) : new Window(window.startedAt(), window.failures() + 1));
    }

    private void evictExpired(long now) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext();) {
            if (now - it.next().startedAt() >= windowMillis) {
                it.remove();
            }
        }
        if (windows.size() >= MAX_CLIENTS) {
            // Still full of live windows: forget the oldest half rather than grow without bound.
            windows.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(a.startedAt(), b.startedAt())))
                    .limit(MAX_CLIENTS / 2).map(Map.Entry::getKey).toList().forEach(windows::remove);
        }
    }
}
