package dev.mvpress.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How webhooks and deploy hooks are delivered, read from {@code mvpress.webhooks.*} (or
 * {@code MVPRESS_WEBHOOKS_*}). Every call is bounded in time; targets on the local network are refused
 * unless listed.
 */
@ConfigMapping(prefix = "mvpress.webhooks")
public interface WebhookConfig {

    /** Whether targets may be http URLs (development only); https otherwise. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Addresses (IPs or CIDR blocks) that targets may resolve to although they are loopback, private or
     * link-local, e.g. a receiver on the intranet. None by default: such targets are refused.
     */
    Optional<List<String>> allowedAddresses();

    /** Time to open a connection to a target. */
    @WithDefault("5S")
    Duration connectTimeout();

    /** Time for one attempt, from connecting to the end of the response's headers. */
    @WithDefault("15S")
    Duration timeout();

    /**
     * Waits before each retry after a failed attempt; a delivery that fails them all is failed. The default
     * (the schedule of the Standard Webhooks guidance) spans 27 h 35 min.
     */
    @WithDefault("5S,5M,30M,2H,5H,10H,10H")
    List<Duration> retrySchedule();

    /** An endpoint whose attempts have all failed for this long is disabled, with the reason shown. */
    @WithDefault("24H")
    Duration disableAfter();

    /** Deploy hooks: events within this window of the first one make one call, unless the endpoint sets its own. */
    @WithDefault("60S")
    Duration deployHookWindow();

    /**
     * How long a claimed delivery belongs to the instance that claimed it; if that instance dies, another
     * retries it after this. Longer than {@link #timeout()}.
     */
    @WithDefault("60S")
    Duration claimLease();

    /** Deliveries one tick attempts at most (the rest wait for the next tick). */
    @WithDefault("2000")
    int maxPerTick();

    /**
     * How long one tick goes on claiming deliveries while more are due (an attempt under way when it ends is
     * finished). Below the scheduler's period, so that a backlog drains tick after tick without ticks piling up.
     */
    @WithDefault("8S")
    Duration tickBudget();

    /** Delivered and superseded deliveries, with their attempts and messages, are kept this long. */
    @WithDefault("30D")
    Duration retention();
}
