package dev.mvpress.contribution.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(name = "ContributionType")
public record ContributionTypeView(
        @Schema(examples = "blog") String key,
        @Schema(description = "The name the MVP portal's form uses",
                examples = "Webinar/Online Training/Video/Livestream") String portalName,
        @Schema(description = "The name the portal's API takes (activityTypeName)", examples = "Video") String apiName,
        @Schema(description = "What quantity counts for this type", examples = "Posts") String quantityLabel,
        @Schema(description = "What reach counts for this type", examples = "Annual unique visitors") String reachLabel,
        @Schema(description = "The portal's names of the roles an activity of this type may have; an entry's role is"
                + " the name in lower case with hyphens for spaces",
                examples = "[\"Host\", \"Presenter\", \"Speaker\"]") List<String> roles,
        @Schema(description = "The counts the form asks for, by the portal's API names",
                examples = "[\"numberOfSessions\", \"liveStreamViews\", \"onDemandViews\"]") List<String> metrics,
        @Schema(description = "The Microsoft events the form offers (Speaker/Presenter at Microsoft Event only)") List<String> microsoftEvents,
        @Schema(description = "False when the portal no longer has this type") boolean inPortal,
        @Schema(description = "Order in lists") int position,
        long version) {
}
