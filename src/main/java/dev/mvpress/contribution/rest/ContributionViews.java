package dev.mvpress.contribution.rest;

import java.util.List;
import java.util.function.Function;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.ContributionReceipt;
import dev.mvpress.contribution.api.ContributionTypeView;
import dev.mvpress.contribution.api.ContributionView;
import dev.mvpress.contribution.api.SourceImportReport;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.contribution.api.TechnologyAreaView;
import dev.mvpress.contribution.importer.SourceImport;
import dev.mvpress.post.Visibility;

/**
 * Entries and catalog rows as the API returns them; without a token the private description does not
 * exist, and a write about an entry the caller may not read answers only a receipt.
 */
final class ContributionViews {

    private ContributionViews() {
    }

    static ContributionView of(Contribution c, Visibility visibility, String url) {
        return of(c, visibility, null, url);
    }

    /** {@code url} is the entry's current url (see ContributionService#url). */
    static ContributionView of(Contribution c, Visibility visibility, String snippet, String url) {
        return new ContributionView(c.id.toString(), c.type, c.title, snippet, c.description,
                visibility.all() ? c.privateDescription : null, c.date, c.endDate, url, c.technologyArea,
                List.copyOf(c.additionalTechnologyAreas),
                c.targetAudiences.stream().map(TargetAudience::fromJson).toList(), c.role, c.quantity, c.reach,
                c.metrics, c.privateEntry, c.post == null ? null : c.post.slug, c.followsPost, c.createdAt, c.updatedAt,
                c.version);
    }

    static ContributionReceipt receipt(Contribution c) {
        return new ContributionReceipt(c.id.toString(), c.privateEntry, c.version);
    }

    static ContributionTypeView of(ContributionType type) {
        return new ContributionTypeView(type.key, type.portalName, type.quantityLabel, type.reachLabel,
                List.copyOf(type.roles), List.copyOf(type.metrics), type.position, type.version);
    }

    static TechnologyAreaView of(TechnologyArea area) {
        return new TechnologyAreaView(area.key, area.name, area.awardCategory, area.version);
    }

    /** What an import from a source did, its entries as the caller may read them ({@code url}: ContributionService#url). */
    static SourceImportReport report(SourceImport.Outcome outcome, Visibility visibility, Function<Contribution, String> url) {
        return new SourceImportReport(outcome.source(), outcome.dryRun(), outcome.items(),
                outcome.created().stream().map(c -> of(c, visibility, url.apply(c))).toList(), outcome.skipped(),
                outcome.problems(), outcome.notes());
    }
}
