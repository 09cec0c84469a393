package dev.mvpress.contribution.importer;

import java.time.LocalDate;
import java.util.List;

import dev.mvpress.contribution.api.TargetAudience;

/**
 * What a request says every imported entry is, checked before the source is fetched: the type (unless
 * the source decides it per item), the area when no category maps to one, the audiences, the role, and
 * the window of dates to take.
 */
public record ImportPlan(String type, String technologyArea, List<TargetAudience> targetAudiences, String role,
        LocalDate from, LocalDate to, boolean dryRun) {

    boolean inWindow(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
