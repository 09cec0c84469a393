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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A BCP 47 language tag that Java reads back as written (case aside): {@code en}, {@code de-CH},
 * {@code zh-Hant-TW}: a two-letter ISO 639-1 language or a three-letter one, then subtags. {@code und}
 * (undetermined), unknown two-letter languages and tags Java would rewrite or drop parts of are refused, so
 * what a feed's {@code <language>} or a page's {@code lang} says is what the author meant.
 */
@Documented
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface LanguageTag {

    String RULE = "must be a BCP 47 language tag such as en, de-CH or zh-Hant-TW";

    /** The shape, for the OpenAPI document (the validator also checks that Java reads the tag back unchanged). */
    String PATTERN = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageTag, String> {

        private static final Pattern SHAPE = Pattern.compile(PATTERN);
        /** ISO 639-1 codes; three-letter (ISO 639-2/3) primary subtags such as gsw or fil are taken by their shape. */
        private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || canonical(value).isPresent();
        }

        /** The tag in its canonical case ({@code de-ch} becomes {@code de-CH}), or empty when it is not one. */
        public static Optional<String> canonical(String value) {
            String tag = value.strip();
            if (tag.length() > 35 || !SHAPE.matcher(tag).matches()) {
                return Optional.empty();
            }
            String back = Locale.forLanguageTag(tag).toLanguageTag();
            String primary = back.split("-", 2)[0];
            if (back.equals("und") || !back.equalsIgnoreCase(tag) || primary.length() == 2 && !TWO_LETTER.contains(primary)) {
                return Optional.empty();
            }
            return Optional.of(back);
        }
    }
}
