package dev.mvpress.contribution.rest;

import java.util.List;
import java.util.function.Function;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.ContributionReceipt;
import dev.mvpress.contribution.api.ContributionSummary;
import dev.mvpress.contribution.api.ContributionTypeView;
import dev.mvpress.contribution.api.ContributionView;
import dev.mvpress.contribution.api.SourceImportReport;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.contribution.api.TechnologyAreaView;
import dev.mvpress.contribution.importer.SourceImport;
import dev.mvpress.contribution.service.CatalogService;
import dev.mvpress.contribution.service.ContributionSummaries;
import dev.mvpress.contribution.service.PortalReadiness;
import dev.mvpress.post.Visibility;

/**
 * Entries and catalog rows as the API returns them; without a token the private description does not
 * exist, and a write about an entry the caller may not read answers only a receipt.
 */
public final class ContributionViews {

    private ContributionViews() {
    }

    public static ContributionView of(Contribution c, Visibility visibility, String url, CatalogService.Catalogs catalogs) {
        return of(c, visibility, null, url, catalogs);
    }

    /**
     * {@code url} is the entry's current url (see ContributionService#url); {@code catalogs} is needed only
     * when the visibility shows everything (the filing state and portal issues are the author's).
     */
    static ContributionView of(Contribution c, Visibility visibility, String snippet, String url,
            CatalogService.Catalogs catalogs) {
        boolean all = visibility.all();
        return new ContributionView(c.id.toString(), c.type, c.title, snippet, c.description,
                all ? c.privateDescription : null, c.date, c.endDate, url, c.technologyArea,
                List.copyOf(c.additionalTechnologyAreas),
                c.targetAudiences.stream().map(TargetAudience::fromJson).toList(), c.role, c.quantity, c.reach,
                c.metrics, c.microsoftEvent, c.microsoftEventOther, c.privateEntry, c.post == null ? null : c.post.slug,
                c.followsPost, all ? c.portalId : null, all ? c.filedAt : null, all ? c.changedSinceFiling : null,
                all ? PortalReadiness.issues(c, url, catalogs) : null, c.createdAt, c.updatedAt, c.version);
    }

    static ContributionSummary.Attention attention(ContributionSummaries.Flagged flagged) {
        Contribution c = flagged.entry();
        return new ContributionSummary.Attention(c.id.toString(), c.title, c.date, c.type, flagged.issues());
    }

    static ContributionReceipt receipt(Contribution c) {
        return new ContributionReceipt(c.id.toString(), c.privateEntry, c.version);
    }

    static ContributionTypeView of(ContributionType type) {
        return new ContributionTypeView(type.key, type.portalName, type.apiName, type.quantityLabel, type.reachLabel,
                List.copyOf(type.roles), List.copyOf(type.metrics), List.copyOf(type.microsoftEvents), type.inPortal,
                type.position, type.version);
    }

    static TechnologyAreaView of(TechnologyArea area) {
        return new TechnologyAreaView(area.key, area.name, area.awardCategory, area.inPortal, area.version);
    }

    /** What an import from a source did, its entries as the caller may read them ({@code url}: ContributionService#url). */
    static SourceImportReport report(SourceImport.Outcome outcome, Visibility visibility, Function<Contribution, String> url) {
        return new SourceImportReport(outcome.source(), outcome.dryRun(), outcome.items(),
                outcome.created().stream().map(c -> of(c, visibility, url.apply(c), outcome.catalogs())).toList(),
                outcome.skipped(),
                outcome.problems(), outcome.notes());
    }
}
