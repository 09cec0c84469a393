package dev.mvpress.contribution.rest;

import java.util.List;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.api.ContributionView;
import dev.mvpress.contribution.api.TargetAudience;

/** Entries as the API returns them; without a token the private description does not exist. */
final class ContributionViews {

    private ContributionViews() {
    }

    static ContributionView of(Contribution c, boolean authenticated) {
        return of(c, authenticated, null);
    }

    static ContributionView of(Contribution c, boolean authenticated, String snippet) {
        return new ContributionView(c.id.toString(), c.type, c.title, snippet, c.description,
                authenticated ? c.privateDescription : null, c.date, c.endDate, c.url, c.technologyArea,
                List.copyOf(c.additionalTechnologyAreas),
                c.targetAudiences.stream().map(TargetAudience::fromJson).toList(), c.role, c.quantity, c.reach,
                c.metrics, c.privateEntry, c.post == null ? null : c.post.slug, c.createdAt, c.updatedAt, c.version);
    }
}
