package dev.mvpress.post;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The lifecycle of a post. A scheduled post is served as published once its publishedAt has passed. */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PostStatus fromJson(String value) {
        for (PostStatus status : values()) {
            if (status.toString().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not one of draft, scheduled, published");
    }

    /** What a reader sees at {@code now}: a scheduled post whose time has come is published. */
    public static PostStatus effective(PostStatus stored, Instant publishedAt, Instant now) {
        if (stored == DRAFT) {
            return DRAFT;
        }
        return Visibility.isPublic(stored, publishedAt, now) ? PUBLISHED : SCHEDULED;
    }
}
