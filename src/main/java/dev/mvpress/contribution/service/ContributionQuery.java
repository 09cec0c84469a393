package dev.mvpress.contribution.service;

import java.time.LocalDate;

/**
 * What a contribution list asks for; {@code from}/{@code to} are inclusive and already include a requested
 * year. {@code filed} and {@code changedSinceFiling} (null: either) filter by the filing ledger;
 * {@code unknownNames} keeps only entries with a type, area, role or count the portal no longer knows.
 */
public record ContributionQuery(String type, String technologyArea, LocalDate from, LocalDate to, String q,
        ContributionSort sort, Boolean filed, Boolean changedSinceFiling, boolean unknownNames) {

    /** Every entry dated from {@code from} to {@code to} (either may be null: no bound). */
    public static ContributionQuery period(LocalDate from, LocalDate to) {
        return new ContributionQuery(null, null, from, to, null, null, null, null, false);
    }
}
