package dev.mvpress.web;

/** The kinds of problem MVPress answers with; the URNs are stable and listed in docs/configuration.md. */
public enum ProblemType {
    VALIDATION("urn:mvpress:problem:validation", "Invalid request", 400),
    MALFORMED_BODY("urn:mvpress:problem:malformed-body", "Malformed request body", 400),
    UNAUTHORIZED("urn:mvpress:problem:unauthorized", "Authentication required", 401),
    FORBIDDEN("urn:mvpress:problem:forbidden", "Forbidden", 403),
    NOT_FOUND("urn:mvpress:problem:not-found", "Not found", 404),
    CONFLICT("urn:mvpress:problem:conflict", "Conflict", 409),
    PRECONDITION_FAILED("urn:mvpress:problem:precondition-failed", "Precondition failed", 412),
    BODY_TOO_LARGE("urn:mvpress:problem:body-too-large", "Request body too large", 413),
    TOO_MANY_REQUESTS("urn:mvpress:problem:too-many-requests", "Too many requests", 429),
    INTERNAL("urn:mvpress:problem:internal", "Internal error", 500),
    /** An import's source (a feed, GitHub, Sessionize) was slow, too large, failed or sent what cannot be read. */
    SOURCE_FAILED("urn:mvpress:problem:source-failed", "Import source failed", 502),
    UNAVAILABLE("urn:mvpress:problem:unavailable", "Service unavailable", 503);

    public final String uri;
    public final String title;
    public final int status;

    ProblemType(String uri, String title, int status) {
        this.uri = uri;
        this.title = title;
        this.status = status;
    }
}
