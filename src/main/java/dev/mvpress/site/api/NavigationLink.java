package dev.mvpress.site.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.PlainText;

/** An entry of the site's menu: a label, and a path on the site ({@code /about/}) or an absolute URL. */
@RegisterForReflection
@Schema(name = "NavigationLink")
public record NavigationLink(
        @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = "About") String label,
        @NotBlank @Size(max = 2000) @SiteHref @Schema(required = true,
                description = "A path on the site starting with / (as the frontend routes it), or an absolute http(s) URL",
                examples = "/about/") String url) {
}
