package dev.mvpress.contribution.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
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

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Access;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.auth.Scope;
import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.ContributionReceipt;
import dev.mvpress.contribution.api.ContributionSummary;
import dev.mvpress.contribution.api.ContributionView;
import dev.mvpress.contribution.api.ImportReport;
import dev.mvpress.contribution.service.ContributionQuery;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.contribution.service.ContributionSort;
import dev.mvpress.contribution.service.ContributionSummaries;
import dev.mvpress.contribution.service.ContributionTransfer;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Links;
import dev.mvpress.web.MergePatch;
import dev.mvpress.kernel.Page;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.Upsert;

import io.quarkus.runtime.annotations.RegisterForReflection;

// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/contributions")
@Tag(name = "Contributions", description = "Community activities for the Microsoft MVP program, logged as they happen")
public class ContributionResource {

    private static final String CSV = "text/csv";
    private static final int MAX_SUMMARY_YEARS = 10;

    private final ContributionService service;
    private final ContributionSummaries summaries;
    private final ContributionTransfer transfer;
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

    ContributionResource(ContributionService service, ContributionSummaries summaries, ContributionTransfer transfer,
            Caller caller, MvpressConfig config, TimeSource time, ObjectMapper json) {
        this.service = service;
        this.summaries = summaries;
        this.transfer = transfer;
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
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionPage.class),
                    examples = @ExampleObject(name = "contributions", value = ContributionExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response listContributions(
            @Parameter(description = "Type key") @QueryParam("type") String type,
            @Parameter(description = "Technology area key, primary or additional") @QueryParam("technologyArea") String area,
            @Parameter(description = "On or after this day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "On or before this day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Calendar year; not with from or to", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("year") String year,
            @Parameter(description = "Full-text search: words, \"a phrase\", -excluded, or") @QueryParam("q") String q,
            @Parameter(description = "Order", schema = @Schema(enumeration = { "-date", "date", "title", "relevance" }))
            @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size) {
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
        checkRange(fromDay, toDay);
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
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionSummary.class),
                    examples = @ExampleObject(name = "summary", value = ContributionExamples.SUMMARY)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public ContributionSummary summarizeContributions(
            @Parameter(description = "First day, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to) {
        LocalDate[] period = period(from, to);
        return summaries.summarize(period[0], period[1], caller.visibility());
    }

    @GET
    @Path("/export")
    @Produces({ CSV, MediaType.APPLICATION_JSON })
    @PublicRead
    @Operation(operationId = "exportContributions", summary = "Export a period as CSV or as the MVP portal's activity JSON",
            description = "format=csv (default): one column per field, lists joined with ';', RFC 4180 quoting, UTF-8 with"
                    + " a byte order mark. format=mvp-json: the portal's activity shape. Default period: the last 12 months.")
    @APIResponse(responseCode = "200", description = "The entries of the period, oldest first",
            content = {
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ContributionExamples.CSV)),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class),
                            examples = @ExampleObject(name = "mvp-json", value = ContributionExamples.PORTAL)) })
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response exportContributions(
            @Parameter(description = "csv or mvp-json", schema = @Schema(enumeration = { "csv", "mvp-json" }))
            @QueryParam("format") String format,
            @Parameter(description = "First day, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to) {
        LocalDate[] period = period(from, to);
        Visibility visibility = caller.visibility();
        List<Contribution> entries = service.findForExport(period[0], period[1], visibility);
        String name = "contributions-" + period[0] + "-to-" + period[1];
        if (format == null || format.isEmpty() || format.equals("csv")) {
            return Response.ok(transfer.toCsv(entries, visibility), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        }
        if (format.equals("mvp-json")) {
            return Response.ok(transfer.toPortalJson(entries, visibility), MediaType.APPLICATION_JSON_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".json\"").build();
        }
        throw ProblemException.invalid("format", "'" + format + "' is not one of csv, mvp-json");
    }

    @POST
    @Path("/import")
    @Consumes({ CSV, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "importContributions", summary = "Import entries from CSV (the export's columns) or a JSON array",
            description = "All rows or none: any row with a problem fails the import (400, every problem with its row)"
                    + " and nothing is written. dryRun=true reports the same without writing. A row equal to a stored"
                    + " entry (same type, date and url, or same type, date and title) is skipped and reported, so the"
                    + " same file can be imported again safely.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = ContributionExamples.CSV)),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ContributionInput.class),
                    examples = @ExampleObject(name = "json", value = ContributionExamples.IMPORT_JSON)) })
    @APIResponse(responseCode = "200", description = "What was (or, with dryRun, would be) imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = ContributionExamples.REPORT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public ImportReport importContributions(
            @Parameter(description = "Check and report without writing", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            String body) {
        boolean dry = switch (dryRun == null ? "" : dryRun) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw ProblemException.invalid("dryRun", "must be true or false");
        };
        MediaType type = headers.getMediaType();
        var rows = type != null && type.isCompatible(MediaType.valueOf(CSV)) ? transfer.readCsv(body == null ? "" : body)
                : transfer.readJson(body);
        return transfer.importRows(rows, dry, caller.visibility());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "getContribution", summary = "Get one contribution")
    @APIResponse(responseCode = "200", description = "The contribution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionView.class),
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
                    schema = @Schema(anyOf = { ContributionView.class, ContributionReceipt.class }),
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
    @Operation(operationId = "replaceContribution", summary = "Replace a contribution, or create it under a UUID of your choosing")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContributionInput.class),
            examples = @ExampleObject(name = "talk", value = ContributionExamples.INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { ContributionView.class, ContributionReceipt.class }),
                    examples = @ExampleObject(name = "contribution", value = ContributionExamples.CONTRIBUTION)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { ContributionView.class, ContributionReceipt.class }),
                    examples = @ExampleObject(name = "contribution", value = ContributionExamples.CONTRIBUTION)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response replaceContribution(@PathParam("id") String id, String body) {
        Upsert<Contribution> result = service.replaceContribution(id, JsonBodies.read(json, body, ContributionInput.class), ifMatch());
        Object view = written(result.value());
        return result.created() ? ApiUrls.created(location(result.value().id.toString())).entity(view).build()
                : Response.ok(view).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "updateContribution", summary = "Change some fields of a contribution (JSON Merge Patch)")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ContributionInput.class),
                    examples = @ExampleObject(name = "reach", value = ContributionExamples.PATCH_REACH)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionInput.class),
                    examples = @ExampleObject(name = "private", value = ContributionExamples.PATCH_PRIVATE)) })
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { ContributionView.class, ContributionReceipt.class }),
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

    /** from and to, defaulting to the 12 months up to today (UTC). */
    private LocalDate[] period(String from, String to) {
        LocalDate toDay = Params.day("to", to);
        LocalDate fromDay = Params.day("from", from);
        if (toDay == null) {
            toDay = fromDay != null ? fromDay.plusYears(1).minusDays(1) : time.now().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (fromDay == null) {
            fromDay = toDay.minusYears(1).plusDays(1);
        }
        checkRange(fromDay, toDay);
        if (fromDay.plusYears(MAX_SUMMARY_YEARS).isBefore(toDay)) {
            throw ProblemException.invalid("to", "the period may span at most " + MAX_SUMMARY_YEARS + " years");
        }
        return new LocalDate[] { fromDay, toDay };
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
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

    /** For the OpenAPI document: the list envelope with contribution items. */
    @Schema(name = "ContributionPage")
    public record ContributionPage(List<ContributionView> items, Page.PageInfo page) {
    }
}
