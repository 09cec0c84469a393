package dev.mvpress.jobs;

/** The OpenAPI examples of the jobs endpoints. */
final class JobsExamples {

    private JobsExamples() {
    }

    static final String REPORT = """
            {"at": "2026-12-01T09:00:04.120Z",
             "counts": {"changes": 3, "wentLive": 1, "messages": 5, "deliveries": 6, "deployHookEvents": 2, "delivered": 6}}""";
}
