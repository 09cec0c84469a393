package dev.mvpress.post;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a row of post is: a post (listed, in feeds, tagged, related) or a page (about, uses, speaking:
 * served at /api/pages, in the sitemap, never listed as a post).
 */
public enum PostKind {
    POST, PAGE;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PostKind fromJson(String value) {
        for (PostKind kind : values()) {
            if (kind.toString().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not one of post, page");
    }
}
