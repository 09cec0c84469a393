package dev.mvpress.contribution.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Access;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.auth.Scope;
import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.ContributionPage;
import dev.mvpress.contribution.api.ContributionReceipt;
import dev.mvpress.contribution.api.ContributionSummary;
import dev.mvpress.contribution.api.ContributionView;
import dev.mvpress.contribution.service.ContributionQuery;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.contribution.service.ContributionSort;
import dev.mvpress.contribution.service.ContributionSummaries;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Links;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;

@RegisterForReflection(fields = false)
@Path("/api/contributions")
@Tag(name = "Contributions", description = "Community activities for the Microsoft MVP program, logged as they happen")
public class ContributionResource {

    private final ContributionService service;
    private final ContributionSummaries summaries;
    private final Caller caller;
    private final MvpressConfig config;
    private final TimeSource time;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Inject
    ApiUrls urls;

    @Context
    HttpHeaders headers;

    ContributionResource(ContributionService service, ContributionSummaries summaries, Caller caller,
            MvpressConfig config, TimeSource time, ObjectMapper json) {
        this.service = service;
        this.summaries = summaries;
        this.caller = caller;
        this.config = config;
        this.time = time;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "listContributions", summary = "List contributions, newest date first",
            description = "Without a token, private entries do not exist. With q, a full-text search over title and"
                    + " description, best matches first unless sort is given.")
    @APIResponse(responseCode = "200", description = "One page of contributions; Link header has first/prev/next/last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionPage.class),
                    examples = @ExampleObject(name = "contributions", value = ContributionExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response listContributions(
            @Parameter(description = "Type key") @QueryParam("type") String type,
            @Parameter(description = "Technology area key, primary or additional") @QueryParam("technologyArea") String area,
            @Parameter(description = "On or after this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "On or before this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Calendar year; not with from or to",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "Full-text search: words, \"a phrase\", -excluded, or") @QueryParam("q") String q,
            @Parameter(description = "Order",
                    schema = @Schema(enumeration = {"-date", "date", "title", "relevance"})) @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100")) @QueryParam("size") String size) {
        LocalDate fromDay = Params.day("from", from);
        LocalDate toDay = Params.day("to", to);
        if (year != null && !year.isEmpty()) {
            if (fromDay != null || toDay != null) {
                throw ProblemException.invalid("year", "give either year or from/to, not both");
            }
            int y = Params.intIn("year", year, 0, 1900, 9999);
            fromDay = LocalDate.of(y, 1, 1);
            toDay = LocalDate.of(y, 12, 31);
        }
        ContributionPeriods.checkRange(fromDay, toDay);
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > 200) {
            throw ProblemException.invalid("q", "at most 200 characters");
        }
        ContributionQuery filter = new ContributionQuery(blankToNull(type), blankToNull(area), fromDay, toDay, query,
                Params.choice("sort", sort, ContributionSort.class, null));
        Visibility visibility = caller.visibility();
        Page<Contribution> found = service.findContributions(filter, Params.page(page, size, config.paging()), visibility);
        var snippets = service.snippets(found.items(), query);
        return Links.paged(found.map(c -> ContributionViews.of(c, visibility, snippets.get(c.id), service.url(c))), uriInfo)
                .build();
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "summarizeContributions", summary = "Totals by type, technology area and month for a period",
            description = "Default: the last 12 months up to today (UTC), both ends included. Counts entries by their"
                    + " date and their primary technology area. Without a token, private entries are left out.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionSummary.class),
                    examples = @ExampleObject(name = "summary", value = ContributionExamples.SUMMARY)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public ContributionSummary summarizeContributions(
            @Parameter(description = "First day, inclusive",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        LocalDate[] period = ContributionPeriods.period(from, to, time.now());
        return summaries.summarize(period[0], period[1], caller.visibility());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "getContribution", summary = "Get one contribution")
    @APIResponse(responseCode = "200", description = "The contribution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionView.class),
                    examples = @ExampleObject(name = "contribution", value = ContributionExamples.CONTRIBUTION)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ContributionView getContribution(@PathParam("id") String id) {
        Visibility visibility = caller.visibility();
        return service.findContribution(id, visibility).map(c -> ContributionViews.of(c, visibility, service.url(c)))
                .orElseThrow(() -> notFound(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "createContribution", summary = "Log a contribution")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContributionInput.class),
            examples = @ExampleObject(name = "talk", value = ContributionExamples.INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {ContributionView.class, ContributionReceipt.class}),
                    examples = @ExampleObject(name = "contribution", value = ContributionExamples.CONTRIBUTION)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response createContribution(String body) {
        Contribution c = service.persistContribution(JsonBodies.read(json, body, ContributionInput.class));
        return ApiUrls.created(location(c.id.toString())).entity(written(c)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "replaceContribution",
            summary = "Replace a contribution, or create it under a UUID of your choosing")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContributionInput.class),
            examples = @ExampleObject(name = "talk", value = ContributionExamples.INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {ContributionView.class, ContributionReceipt.class}),
                    examples = @ExampleObject(name = "contribution", value = ContributionExamples.CONTRIBUTION)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {ContributionView.class, ContributionReceipt.class}),
                    examples = @ExampleObject(name = "contribution", value = ContributionExamples.CONTRIBUTION)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response replaceContribution(@PathParam("id") String id, String body) {
        Upsert<Contribution> result =
                service.replaceContribution(id, JsonBodies.read(json, body, ContributionInput.class), ifMatch());
        Object view = written(result.value());
        return result.created() ? ApiUrls.created(location(result.value().id.toString())).entity(view).build()
                : Response.ok(view).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "updateContribution", summary = "Change some fields of a contribution (JSON Merge Patch)")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ContributionInput.class),
                    examples = @ExampleObject(name = "reach", value = ContributionExamples.PATCH_REACH)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionInput.class),
                    examples = @ExampleObject(name = "private", value = ContributionExamples.PATCH_PRIVATE))})
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {ContributionView.class, ContributionReceipt.class}),
                    examples = @ExampleObject(name = "contribution", value = ContributionExamples.CONTRIBUTION)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response updateContribution(@PathParam("id") String id, String body) {
        return Response.ok(service.partialUpdateContribution(id, JsonBodies.readObject(json, body), ifMatch())
                .map(this::written).orElseThrow(() -> notFound(id))).build();
    }

    /**
     * A write answers no more than its caller may read: without drafts:read, an entry anonymous
     * readers see comes back without its private fields, and a private entry (or one whose post is
     * not published) only as its id and version.
     */
    private Object written(Contribution c) {
        Visibility visibility = caller.visibility();
        if (visibility.shows(c, time.now())) {
            return ContributionViews.of(c, visibility, service.url(c));
        }
        return ContributionViews.receipt(c);
    }

    @DELETE
    @Path("/{id}")
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "deleteContribution", summary = "Delete a contribution")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response deleteContribution(@PathParam("id") String id) {
        if (!service.deleteContribution(id, ifMatch())) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private Consumer<Contribution> ifMatch() {
        return IfMatch.from(headers, json, c -> List.of(ContributionViews.of(c, Visibility.ALL, service.url(c))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String location(String id) {
        return urls.of("api/contributions", id);
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No contribution has the id '" + id + "'");
    }
}
