package dev.mvpress.auth;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Anyone may call this read without a token. A token that is sent must still be valid (401 otherwise),
 * and with {@code drafts:read} the same read also shows drafts and private entries. Writes never carry
 * this: they name their scope with {@link Access}.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface PublicRead {
}
