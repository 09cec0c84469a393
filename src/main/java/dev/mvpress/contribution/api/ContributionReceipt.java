package dev.mvpress.contribution.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a write answers to a token without drafts:read about an entry it may not read: the entry is
 * private or about an unpublished post, so that token gets only what identifies its write.
 */
@RegisterForReflection
@Schema(name = "ContributionReceipt", description = "The answer to a"
        + " write by a token without drafts:read when the entry is private or about an unpublished post")
public record ContributionReceipt(String id, @JsonProperty("private") boolean privateEntry, long version) {
}
