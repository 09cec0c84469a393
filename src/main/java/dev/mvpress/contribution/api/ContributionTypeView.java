package dev.mvpress.contribution.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(name = "ContributionType")
public record ContributionTypeView(
        @Schema(examples = "blog") String key,
        @Schema(description = "The name the MVP portal uses", examples = "Blog") String portalName,
        @Schema(description = "What quantity counts for this type", examples = "Posts") String quantityLabel,
        @Schema(description = "What reach counts for this type", examples = "Annual unique visitors") String reachLabel,
        @Schema(description = "Roles an activity of this type may have") List<String> roles,
        @Schema(description = "Metrics an activity of this type may report") List<String> metrics,
        @Schema(description = "Order in lists") int position,
        long version) {
}
