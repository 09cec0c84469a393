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
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An IANA time zone id that Java knows, spelled as the database spells it: {@code UTC},
 * {@code Europe/Zurich}, {@code America/New_York}. Offsets ({@code +02:00}) are refused: they do not follow
 * daylight saving time, which is what a site's dates need.
 */
@Documented
@Constraint(validatedBy = TimeZoneName.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface TimeZoneName {

    String RULE = "must be an IANA time zone such as UTC, Europe/Zurich or America/New_York";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TimeZoneName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value);
        }

        public static boolean valid(String value) {
            return ZoneId.getAvailableZoneIds().contains(value);
        }
    }
}
