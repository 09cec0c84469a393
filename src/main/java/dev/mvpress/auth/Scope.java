package dev.mvpress.auth;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a token may do. The configured admin token has every scope. */
public enum Scope {
    /** Create, change and delete posts and tags. */
    POSTS_WRITE("posts:write"),
    /** Create, change, delete and import contributions, and edit their catalogs. */
    CONTRIBUTIONS_WRITE("contributions:write"),
    /** Read drafts, scheduled posts, private contributions and private fields. */
    DRAFTS_READ("drafts:read"),
    /**
     * Run the periodic work (POST /api/tick): emit went-live events and deliver due webhooks. For a
     * platform scheduler, which needs nothing else.
     */
    JOBS("jobs"),
    /** Everything, including managing tokens. */
    ADMIN("admin");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    @JsonCreator
    public static Scope fromJson(String value) {
        for (Scope scope : values()) {
            if (scope.value.equals(value == null ? null : value.toLowerCase(Locale.ROOT))) {
                return scope;
            }
        }
        throw new IllegalArgumentException(
                "'" + value + "' is not one of posts:write, contributions:write, drafts:read, jobs, admin");
    }
}
