package dev.mvpress.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** Bean Validation of request records, throwing (for a request) or listing (for an import row) what is wrong. */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws a 400 naming every invalid field. */
    public <T> void validate(T input) {
        if (input == null) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** Every invalid field, sorted by field name. */
    public <T> List<Problem.FieldError> check(T input) {
        return validator.validate(input).stream()
                .map(v -> new Problem.FieldError(ProblemMappers.fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }
}
