package dev.mvpress.contribution.service;

import java.time.LocalDate;
import java.util.List;

/**
 * One activity of the filing sheet: what its heading shows, and the portal form's fields in the form's order
 * ({@link FilingSheet#fields}). A renderer only lays these out; it decides nothing about labels or values.
 *
 * @param number 1 for the oldest activity of the sheet
 * @param privateEntry the entry is private in MVPress (only a caller with drafts:read sees it)
 * @param issues what the portal would refuse or ask for that the entry lacks (PortalReadiness); only for a
 *        caller with drafts:read, as on the entry itself
 */
public record FilingCard(int number, String title, String typeName, LocalDate date, String shownDate,
        boolean privateEntry, List<Field> fields, List<String> issues) {

    /**
     * One field of the form: its label, and the values to type or pick, each copied on its own (a
     * multi-select such as Target Audience has one value per option to tick). No values: leave it empty.
     */
    public record Field(String label, List<String> values) {

        public Field {
            values = values.stream().filter(v -> v != null && !v.isEmpty()).toList();
        }

        public static Field of(String label, String value) {
            return new Field(label, value == null ? List.of() : List.of(value));
        }
    }
}
