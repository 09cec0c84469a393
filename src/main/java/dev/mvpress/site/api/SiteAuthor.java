package dev.mvpress.site.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.PlainText;

/** Who writes the site: feeds name them, posts' structured data credit them, the profile page shows them. */
@RegisterForReflection
@Schema(name = "SiteAuthor")
public record SiteAuthor(
        @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = "Zoë Łukasiewicz") String name,
        @Size(max = 2000) @PlainText @Schema(nullable = true, description = "Plain text; line breaks are kept",
                examples = "Microsoft MVP for .NET. I write about minimal APIs and run the Lisbon .NET User Group.") String bio,
        @Valid @Schema(nullable = true) SiteImage avatar,
        @Size(max = 2000) @HttpUrl @Schema(nullable = true, pattern = HttpUrl.PATTERN,
                description = "The author's own page; the profile's JSON-LD uses the site's URL when absent",
                examples = "https://example.com/about/") String url,
        @Size(max = 20) @Schema(
                description = "The author's pages elsewhere, in order; empty when none") List<@NotNull @Valid ProfileLink> links) {

    /** The same author with links never null. */
    public SiteAuthor normalized() {
        return links == null ? new SiteAuthor(name, bio, avatar, url, List.of()) : this;
    }
}
