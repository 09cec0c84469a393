package dev.mvpress.contribution.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Something the MVP portal would refuse or ask for that an entry does not have yet, by field. */
@RegisterForReflection
@Schema(name = "PortalIssue")
public record PortalIssue(
        @Schema(examples = "description") String field,
        @Schema(examples = "the portal asks for a description") String message) {
}
