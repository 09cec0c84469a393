package dev.mvpress.contribution.api;

import java.util.List;

/** The optional counts an activity may report; which ones a type allows is in its catalog row. */
public final class Metric {

    public static final List<String> ALL = List.of("views", "sessions", "liveStreamViews", "onDemandViews",
            "inPersonAttendees", "subscriberBase");

    private Metric() {
    }
}
