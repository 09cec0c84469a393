package dev.mvpress.kernel;

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
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An absolute http(s) URL with a host, which java.net.URI parses, and without the characters that
 * would let it break out of an HTML attribute or a feed: quotes, angle brackets, spaces, backslashes,
 * controls. Frontends put these URLs into {@code href} and {@code src} as they are.
 */
@Documented
@Constraint(validatedBy = HttpUrl.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface HttpUrl {

    String RULE = "must be an absolute http(s) URL with a host, such as https://example.com/a,"
            + " without quotes, angle brackets, spaces, backslashes or control characters";

    /** The same rule as a pattern, for the OpenAPI document (the validator also checks that the URL parses). */
    String PATTERN = "^[hH][tT][tT][pP][sS]?://[^\\s\"'<>\\\\/?#]+[^\\s\"'<>\\\\]*$";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HttpUrl, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value);
        }

        public static boolean valid(String value) {
            // Scanned once, not again for every surrogate the URL holds (an emoji path has many).
            if (XmlChars.firstLoneSurrogate(value) >= 0) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c <= 0x20 || c == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`'
                        || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                    return false;
                }
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https"))
                        && uri.getHost() != null && !uri.getHost().isEmpty();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }

}
