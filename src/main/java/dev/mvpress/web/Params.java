package dev.mvpress.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mvpress.MvpressConfig;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.YearRange;

/**
 * Query parameters arrive as strings and are parsed here, so a bad value is a 400 that names the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class Params {

    private Params() {
    }

    /** The page and size query parameters, validated against the configured bounds. */
    public static PageRequest page(String page, String size, MvpressConfig.Paging paging) {
        return new PageRequest(
                intIn("page", page, 1, 1, Integer.MAX_VALUE / Math.max(1, paging.maxSize())),
                intIn("size", size, paging.defaultSize(), 1, paging.maxSize()));
    }

    public static int intIn(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        String digits = raw.trim();
        // Integer.parseInt also reads other scripts' digits (Arabic-Indic '٣' is 3): only ASCII is a number here.
        if (!digits.matches("-?[0-9]+")) {
            throw ProblemException.invalid(name, "must be a whole number between %d and %d".formatted(min, max));
        }
        try {
            int value = Integer.parseInt(digits);
            if (value < min || value > max) {
                throw ProblemException.invalid(name, "must be between %d and %d, was %d".formatted(min, max, value));
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number between %d and %d".formatted(min, max));
        }
    }

    public static LocalDate day(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(raw.trim());
            if (!YearRange.Validator.inRange(day)) {
                throw ProblemException.invalid(name, YearRange.RULE);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a calendar day such as 2024-05-01");
        }
    }

    /** An enum given in kebab-case ({@code published}, {@code -updated-at} is not an enum). */
    public static <E extends Enum<E>> E choice(String name, String raw, Class<E> type, E fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.toString().equals(raw)) {
                return constant;
            }
        }
        throw ProblemException.invalid(name, "'%s' is not one of %s".formatted(raw,
                Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))));
    }

    /**
     * The names a list parameter gives: comma-separated ({@code include=body,markdown}), repeated
     * ({@code include=body&include=markdown}) or both, in order, each once; blanks are skipped, so an
     * empty parameter names nothing.
     */
    public static Set<String> names(List<String> raw) {
        Set<String> names = new LinkedHashSet<>();
        if (raw != null) {
            for (String value : raw) {
                for (String name : value.split(",", -1)) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
            }
        }
        return names;
    }

    /** As {@link #choice}, for a list parameter read by {@link #names}: the set of constants it names. */
    public static <E extends Enum<E>> Set<E> choices(String name, List<String> raw, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String given : names(raw)) {
            chosen.add(choice(name, given, type, null));
        }
        return chosen;
    }

    /** {@code true} or {@code false}; absent or empty is the fallback (which may be null: no filter). */
    public static Boolean bool(String name, String raw, Boolean fallback) {
        return switch (raw == null ? "" : raw) {
            case "" -> fallback;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }
}
