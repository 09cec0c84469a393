package dev.mvpress.post.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What may be asked of a new preview link: how long it works. The body itself is optional. */
@RegisterForReflection
@Schema(name = "PreviewLinkInput", description = "Optional: how long the link works")
public record PreviewLinkInput(
        @Schema(oneOf = {
                String.class, Long.class}, examples = "PT2H",
                description = "ISO-8601 duration (PT2H, P7D) or a whole number of seconds; from PT1S to P30D."
                        + " Absent: mvpress.preview.default-lifetime (24 hours unless configured)") JsonNode expiresIn){
}
