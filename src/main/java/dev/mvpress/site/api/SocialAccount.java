package dev.mvpress.site.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.PlainText;

/** An account of the author on a social network. */
@RegisterForReflection
@Schema(name = "SocialAccount")
public record SocialAccount(
        @NotBlank @Size(max = 40) @Pattern(regexp = NETWORK_PATTERN, message = NETWORK_RULE) @Schema(required = true,
                pattern = NETWORK_PATTERN, description = "A lowercase key a frontend picks the icon by: github, mastodon,"
                        + " bluesky, linkedin, youtube, x, ...",
                examples = "mastodon") String network,
        @NotBlank @Size(max = 2000) @HttpUrl @Schema(required = true, pattern = HttpUrl.PATTERN,
                examples = "https://hachyderm.io/@zoe") String url,
        @Size(max = 100) @PlainText @Schema(nullable = true, description = "The name the network shows",
                examples = "@zoe@hachyderm.io") String handle) {

    public static final String NETWORK_PATTERN = "^[a-z0-9][a-z0-9.+-]*$";
    public static final String NETWORK_RULE = "must be a lowercase key such as github, mastodon or linkedin"
            + " (letters, digits, '.', '+', '-')";
}
