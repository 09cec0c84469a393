package dev.mvpress.post.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What may be asked of a new preview link: how long it works, as ISO-8601 text like the configuration's
 * durations. A bare number is refused rather than read as seconds: where the API takes a number of seconds
 * the field's name says so (a webhook's coalesceSeconds). The body itself is optional.
 */
@RegisterForReflection
@Schema(name = "PreviewLinkInput", description = "Optional: how long the link works")
public record PreviewLinkInput(
        @Schema(format = "duration", examples = "PT2H",
                description = "ISO-8601 duration (PT2H, P7D, P1DT12H), from PT1S to P30D."
                        + " Absent: mvpress.preview.default-lifetime (24 hours unless configured)") String expiresIn) {
}
