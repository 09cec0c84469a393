package dev.mvpress.contribution.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.auth.Access;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.Scope;
import dev.mvpress.contribution.api.FeedImportRequest;
import dev.mvpress.contribution.api.GithubImportRequest;
import dev.mvpress.contribution.api.SessionizeImportRequest;
import dev.mvpress.contribution.api.SourceImportReport;
import dev.mvpress.contribution.importer.FeedSource;
import dev.mvpress.contribution.importer.GithubSource;
import dev.mvpress.contribution.importer.ImportPlan;
import dev.mvpress.contribution.importer.SessionizeSource;
import dev.mvpress.contribution.importer.SourceClient;
import dev.mvpress.contribution.importer.SourceImport;
import dev.mvpress.contribution.importer.SourceItems;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Params;
import dev.mvpress.web.Problem;
import dev.mvpress.web.ProblemException;

/**
 * Imports from where the work already is, under /api/contributions/import: a feed, GitHub pull requests,
 * Sessionize sessions. Each checks the request, fetches its source (bounded; a failing source is a 502
 * that names it) and then creates the new entries in one transaction, or with dryRun=true only answers them.
 */
@RegisterForReflection(fields = false)
@Path("/api/contributions")
@Tag(name = "Contributions")
public class SourceImportResource {

    private static final String IDEMPOTENT = " An item whose URL an entry already has is skipped and reported, so an import"
            + " can be run again. Titles over 100 characters and descriptions over 1,000 are cut with an ellipsis and"
            + " reported; an item the entry rules refuse is left out and reported; the others are created in one"
            + " transaction. dryRun=true answers the entries it would create and writes nothing. A source that is slow,"
            + " too large, failing or unreadable is a 502 naming it (bounds: mvpress.import.*).";

    private final FeedSource feeds;
    private final GithubSource github;
    private final SessionizeSource sessionize;
    private final SourceImport imports;
    private final SourceClient client;
    private final ContributionService contributions;
    private final InputValidator validator;
    private final ObjectMapper json;
    private final Caller caller;
    private final TimeSource time;

    SourceImportResource(FeedSource feeds, GithubSource github, SessionizeSource sessionize, SourceImport imports,
            SourceClient client, ContributionService contributions, InputValidator validator, ObjectMapper json,
            Caller caller, TimeSource time) {
        this.feeds = feeds;
        this.github = github;
        this.sessionize = sessionize;
        this.imports = imports;
        this.client = client;
        this.contributions = contributions;
        this.validator = validator;
        this.json = json;
        this.caller = caller;
        this.time = time;
    }

    @POST
    @Path("/import/feed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "importFeed",
            summary = "Import the items of an RSS or Atom feed (YouTube, podcast, blog) as entries",
            description = "Every item becomes an entry of the type the request names, dated by its publication day (UTC)."
                    + " Areas: from the items' categories through the tags' areas (the first mapped one is primary),"
                    + " else the request's technologyArea, else the configured one." + IDEMPOTENT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FeedImportRequest.class),
            examples = @ExampleObject(name = "youtube", value = ContributionExamples.FEED_IMPORT)))
    @APIResponse(responseCode = "200", description = "What was (or, with dryRun, would be) imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceImportReport.class),
                    examples = @ExampleObject(name = "report", value = ContributionExamples.SOURCE_REPORT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "502", description = "The feed was slow, too large, failing or not a feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "sourceFailed", value = ContributionExamples.PROBLEM_502)))
    public SourceImportReport importFeed(
            @Parameter(description = "Answer what would be imported, without writing",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            String body) {
        FeedImportRequest request = read(body, FeedImportRequest.class);
        ImportPlan plan = imports.plan(request.type(), request.technologyArea(), request.targetAudiences(), request.role(),
                request.from(), request.to(), Params.bool("dryRun", dryRun, false), List.of(request.type()));
        return run(plan, feeds.read(request.url(), client.deadline()));
    }

    @POST
    @Path("/import/github")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "importGithub", summary = "Import the pull requests a GitHub user had merged in a period",
            description = "Searches GitHub for is:pr is:merged author:{user} merged:{from}..{to} (default: the last 12"
                    + " months), page by page. A pull request to a documentation repository (owner MicrosoftDocs, or a"
                    + " name ending in docs or documentation; configurable) is a content-feedback entry, any other an"
                    + " open-source entry, role contributor, dated by its merge day. The token is sent to GitHub only and"
                    + " is never stored or logged." + IDEMPOTENT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GithubImportRequest.class),
            examples = @ExampleObject(name = "github", value = ContributionExamples.GITHUB_IMPORT)))
    @APIResponse(responseCode = "200", description = "What was (or, with dryRun, would be) imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceImportReport.class),
                    examples = @ExampleObject(name = "report", value = ContributionExamples.SOURCE_REPORT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "502", description = "GitHub was slow, refused (a bad token, a rate limit) or failed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "sourceFailed", value = ContributionExamples.PROBLEM_502)))
    public SourceImportReport importGithub(
            @Parameter(description = "Answer what would be imported, without writing",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            String body) {
        GithubImportRequest request = read(body, GithubImportRequest.class);
        LocalDate[] period = ContributionPeriods.period(request.from(), request.to(), time.now());
        LocalDate from = period[0];
        LocalDate to = period[1];
        ImportPlan plan = imports.plan(GithubSource.OPEN_SOURCE, request.technologyArea(), request.targetAudiences(),
                request.role(), from, to, Params.bool("dryRun", dryRun, false),
                List.of(GithubSource.OPEN_SOURCE, GithubSource.CONTENT_FEEDBACK));
        return run(plan, github.read(request.user(), from, to, request.token(), client.deadline()));
    }

    @POST
    @Path("/import/sessionize")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "importSessionize", summary = "Import a speaker's sessions at Sessionize events",
            description = "Reads each event's public Sessionize API (view/All; the organisers turn it on) and makes every"
                    + " accepted session of the speaker a speaker-third-party-event entry titled 'event: session',"
                    + " dated by its day, linking to the event's page with #session-{id}. Areas from the sessions'"
                    + " categories through the tags' areas, else the request's, else the configured one." + IDEMPOTENT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionizeImportRequest.class),
            examples = @ExampleObject(name = "sessionize", value = ContributionExamples.SESSIONIZE_IMPORT)))
    @APIResponse(responseCode = "200", description = "What was (or, with dryRun, would be) imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceImportReport.class),
                    examples = @ExampleObject(name = "report", value = ContributionExamples.SOURCE_REPORT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "502", description = "Sessionize was slow, failed or sent no event data",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "sourceFailed", value = ContributionExamples.PROBLEM_502)))
    public SourceImportReport importSessionize(
            @Parameter(description = "Answer what would be imported, without writing",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            String body) {
        SessionizeImportRequest request = read(body, SessionizeImportRequest.class);
        if (blank(request.speakerId()) && blank(request.speakerName())) {
            throw ProblemException.invalid("speakerName", "give speakerName or speakerId");
        }
        ImportPlan plan = imports.plan(SessionizeSource.SPEAKER, request.technologyArea(), request.targetAudiences(),
                request.role(), request.from(), request.to(), Params.bool("dryRun", dryRun, false),
                List.of(SessionizeSource.SPEAKER));
        return run(plan, sessionize.read(request.events(), blank(request.speakerId()) ? null : request.speakerId().strip(),
                request.speakerName(), client.deadline()));
    }

    private SourceImportReport run(ImportPlan plan, SourceItems items) {
        return ContributionViews.report(imports.run(plan, items, caller.visibility()), caller.visibility(),
                contributions::url);
    }

    private <T> T read(String body, Class<T> type) {
        T request = JsonBodies.read(json, body, type);
        validator.validate(request);
        return request;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
