package dev.mvpress.auth;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The scopes a token needs to call this resource method: every one of {@link #value()}, and at least
 * one of {@link #anyOf()} when that is given ({@code @Access(anyOf = {DRAFTS_READ, POSTS_WRITE})}: either
 * will do). Each resource method declares either this or {@link PublicRead}: the bearer filter enforces
 * the declaration and the OpenAPI document's {@code security} is generated from it, so the two cannot
 * disagree.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface Access {

    /** Scopes the token must all hold. */
    Scope[] value() default {};

    /** Scopes of which the token must hold at least one. */
    Scope[] anyOf() default {};
}
