package dev.mvpress.site.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import dev.mvpress.kernel.HttpUrl;

/**
 * Where a navigation link leads: an absolute http(s) URL ({@link HttpUrl}), or a path on the site itself
 * starting with one {@code /} ({@code /about/}, {@code /blog/?tag=dotnet}), which a frontend puts into
 * {@code href} as it is. {@code //host} (another site, whatever the scheme) and the characters that would
 * break out of an attribute are refused.
 */
@Documented
@Constraint(validatedBy = SiteHref.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface SiteHref {

    String RULE = "must be an absolute http(s) URL or a path on the site starting with /, such as /about/,"
            + " without quotes, angle brackets, spaces, backslashes or control characters";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SiteHref, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value);
        }

        public static boolean valid(String value) {
            if (!value.startsWith("/")) {
                return HttpUrl.Validator.valid(value);
            }
            if (value.startsWith("//")) {
                return false;
            }
            // The same characters HttpUrl refuses, on a URL made absolute with a placeholder host.
            if (!HttpUrl.Validator.valid("https://site.invalid" + value)) {
                return false;
            }
            try {
                URI uri = new URI(value);
                return uri.getScheme() == null && uri.getHost() == null && uri.getRawPath().startsWith("/");
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
