package dev.mvpress.contribution.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts an activity may report, by the MVP portal's API field names, with the labels its form
 * shows; which ones a type asks for is in its catalog row.
 */
public final class Metric {

    /** API field name to the form's label, in the portal model's order. */
    public static final Map<String, String> LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("numberOfViews", "Number of Views");
        labels.put("numberOfSessions", "Number of sessions");
        labels.put("liveStreamViews", "Livestream views");
        labels.put("onDemandViews", "On-demand views");
        labels.put("inPersonAttendees", "In-Person Attendees");
        labels.put("subscriberBase", "Subscriber base");
        LABELS = Collections.unmodifiableMap(labels);
    }

    public static final List<String> ALL = List.copyOf(LABELS.keySet());

    private Metric() {
    }

    public static String label(String metric) {
        return LABELS.getOrDefault(metric, metric);
    }
}
