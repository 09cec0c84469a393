package dev.mvpress.ops;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Shapes {@code http_server_requests_seconds}: latency buckets fit for an API that answers in milliseconds (so that
 * a p99 by route can be computed in Prometheus, with {@value #BUCKETS} buckets per series rather than Micrometer's
 * default of about 70), and a method that is not a standard one tagged {@code OTHER} (Vert.x accepts any token as a
 * method, which would be a series per invented name).
 */
public class HttpMetricsFilters {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    static final int BUCKETS = 11;
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Produces
    @Singleton
    MeterFilter httpServerRequests() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return id;
                }
                String method = id.getTag("method");
                if (method != null && !METHODS.contains(method)) {
                    return id.replaceTags(id.getTagsAsIterable()).withTag(Tag.of("method", "OTHER"));
                }
                return id;
            }

            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(millis(5), millis(10), millis(25), millis(50), millis(100), millis(250),
                                millis(500), millis(1000), millis(2500), millis(5000), millis(10000))
                        .build().merge(config);
            }
        };
    }

    private static double millis(long ms) {
        return Duration.ofMillis(ms).toNanos();
    }
}
