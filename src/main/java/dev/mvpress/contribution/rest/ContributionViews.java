package dev.mvpress.contribution.rest;

import java.util.List;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.api.ContributionView;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.post.Visibility;

/** Entries as the API returns them; without a token the private description does not exist. */
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

    /** What a write answers to a token without drafts:read about an entry it may not read. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ContributionReceipt", description = "The answer to a"
            + " write by a token without drafts:read when the entry is private or about an unpublished post")
    record Receipt(String id, @com.fasterxml.jackson.annotation.JsonProperty("private") boolean privateEntry,
            long version) {
    }
}
