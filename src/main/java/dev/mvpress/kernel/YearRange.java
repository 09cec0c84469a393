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
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date or instant in the years 1900 to 9999 (UTC). PostgreSQL stores dates before the Gregorian
 * reform shifted (0000-01-01 comes back as 0000-01-03) and years past 9999 do not round-trip through
 * ISO-8601 text, so such values are refused instead of stored wrong.
 */
@Documented
@Constraint(validatedBy = YearRange.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface YearRange {

    int MIN = 1900;
    int MAX = 9999;
    String RULE = "must be in the years 1900 to 9999";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<YearRange, Temporal> {

        private static final Instant FIRST = Instant.parse("1900-01-01T00:00:00Z");
        private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            return value == null || inRange(value);
        }

        public static boolean inRange(Temporal value) {
            if (value instanceof Instant instant) {
                return !instant.isBefore(FIRST) && instant.isBefore(END);
            }
            int year = value.get(ChronoField.YEAR);
            return year >= MIN && year <= MAX;
        }
    }
}
