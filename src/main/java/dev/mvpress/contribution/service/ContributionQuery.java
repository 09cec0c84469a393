package dev.mvpress.contribution.service;

import java.time.LocalDate;

/** What a contribution list asks for; {@code from}/{@code to} are inclusive and already include a requested year. */
public record ContributionQuery(String type, String technologyArea, LocalDate from, LocalDate to, String q,
        ContributionSort sort) {

    /** Every entry dated from {@code from} to {@code to} (either may be null: no bound). */
    public static ContributionQuery period(LocalDate from, LocalDate to) {
        return new ContributionQuery(null, null, from, to, null, null);
    }
}
