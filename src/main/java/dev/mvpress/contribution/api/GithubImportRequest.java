package dev.mvpress.contribution.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.YearRange;

/**
 * Which merged pull requests to import from GitHub. The token is used for this import's requests to
 * GitHub only: it is not stored, logged or sent anywhere else.
 */
@RegisterForReflection
@Schema(name = "GithubImportRequest")
public record GithubImportRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,38}", message = "must be a GitHub login (letters, digits,"
                + " hyphens; at most 39)") @Schema(required = true,
                        description = "The GitHub login whose pull requests"
                                + " count",
                        examples = "octocat") String user,
        @YearRange @Schema(description = "First day a pull request was merged; defaults to a year before to",
                examples = "2025-09-01") LocalDate from,
        @YearRange @Schema(description = "Last day a pull request was merged; defaults to today",
                examples = "2026-08-31") LocalDate to,
        @Size(max = 500) @Pattern(regexp = "[\\x21-\\x7E]*", message = "must be a GitHub token (visible ASCII only)") @Schema(
                description = "A GitHub token (a fine-grained one with no permissions reads public pull requests);"
                        + " without one GitHub allows a few searches a minute. Used for this import only, never stored or logged",
                examples = "github_pat_11AAAA...") String token,
        @Schema(description = "Primary area of every entry; else the configured one",
                examples = "dotnet") String technologyArea,
        @Size(min = 1, message = "at least one audience") @Schema(description = "Defaults to the configured audiences of"
                + " blog entries", examples = "[\"developer\"]") List<@NotNull TargetAudience> targetAudiences,
        @Schema(description = "Role of every entry; defaults to contributor", examples = "contributor") String role) {

    /** Never shows the token, wherever the request is printed. */
    @Override
    public String toString() {
        return "GithubImportRequest[user=" + user + ", from=" + from + ", to=" + to + ", token="
                + (token == null ? "none" : "(redacted)") + ", technologyArea=" + technologyArea + ", targetAudiences="
                + targetAudiences + ", role=" + role + "]";
    }
}
