package dev.mvpress.contribution.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.core.http.HttpServerResponse;

import dev.mvpress.auth.Access;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.auth.Scope;
import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.api.ContributionInput;
import dev.mvpress.contribution.api.ImportReport;
import dev.mvpress.contribution.service.ContributionCsv;
import dev.mvpress.contribution.service.ContributionExports;
import dev.mvpress.contribution.service.ContributionImport;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.contribution.service.PortalExport;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;

/**
 * Contributions in and out in bulk, under the same path as ContributionResource: the export of a period
 * as CSV or the MVP portal's activity JSON, and the import of CSV or a JSON array.
 */
// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/contributions")
@Tag(name = "Contributions")
public class ContributionTransferResource {

    private static final String CSV = "text/csv";
    /** A media type, not a string: the header then reads as it did when the body was a string. */
    private static final MediaType CSV_UTF8 = MediaType.valueOf(CSV).withCharset("UTF-8");

    private final ContributionService service;
    /** How many exported entries have portal issues (set before the body's first byte). */
    static final String PORTAL_ISSUES = "MVPress-Portal-Issues";

    private final ContributionCsv csv;
    private final PortalExport portal;
    private final ContributionExports exports;
    private final ContributionImport imports;
    private final Caller caller;
    private final TimeSource time;

    @Context
    HttpHeaders headers;

    ContributionTransferResource(ContributionService service, ContributionCsv csv, PortalExport portal,
            ContributionExports exports, ContributionImport imports, Caller caller, TimeSource time) {
        this.service = service;
        this.exports = exports;
        this.csv = csv;
        this.portal = portal;
        this.imports = imports;
        this.caller = caller;
        this.time = time;
    }

    @GET
    @Path("/export")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @PublicRead
    @Operation(operationId = "exportContributions", summary = "Export a period as CSV or as the MVP portal's activity JSON",
            description = "format=csv (default): one column per field, keys and the portal's labels, lists joined with"
                    + " ';', RFC 4180 quoting, UTF-8 with a byte order mark. format=portal: per activity the body the MVP"
                    + " portal's POST /api/Activities/ takes. The MVPress-Portal-Issues header counts the exported entries"
                    + " the portal would refuse or ask more of (GET /api/contributions?unknownNames=true and each entry's"
                    + " portalIssues say what). Default period: the last 12 months. Streamed as the entries are read"
                    + " (chunked, no Content-Length): a year of entries is never held in memory.")
    @APIResponse(responseCode = "200", description = "The entries of the period, oldest first",
            content = {
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ContributionExamples.CSV)),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class),
                            examples = @ExampleObject(name = "portal", value = ContributionExamples.PORTAL))})
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response exportContributions(
            @Parameter(description = "csv or portal",
                    schema = @Schema(enumeration = {"csv", "portal"})) @QueryParam("format") String format,
            @Parameter(description = "First day, inclusive",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Context HttpServerResponse vertx) {
        LocalDate[] period = ContributionPeriods.period(from, to, time.now());
        Visibility visibility = caller.visibility();
        String name = "contributions-" + period[0] + "-to-" + period[1];
        // Streamed: the rows are written as the cursor reads them, after every parameter was checked here.
        if (format == null || format.isEmpty() || format.equals("csv")) {
            StreamingOutput body = out -> csv.writeCsv(period[0], period[1], visibility, out);
            return Response.ok(body, CSV_UTF8)
                    .header(HttpHeaders.ETAG, exports.etag("export csv", period[0], period[1], visibility))
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        }
        if (format.equals("portal")) {
            // The count is known only once the first pass over the entries is done, before the body's first byte:
            // set on the response itself, whose headers go out with that byte.
            StreamingOutput body = out -> portal.writePortalJson(period[0], period[1], visibility, out,
                    issues -> vertx.headers().set(PORTAL_ISSUES, Integer.toString(issues)));
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.ETAG, exports.etag("export portal", period[0], period[1], visibility))
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".json\"").build();
        }
        throw ProblemException.invalid("format", "'" + format + "' is not one of csv, portal");
    }

    @GET
    @Path("/{id}/portal-activity")
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "getPortalActivity", summary = "One entry as the body of the MVP portal's POST /api/Activities/",
            description = "The element of format=portal for this entry, so that a script can file entries one by one and"
                    + " record the id the portal answers for each (POST /api/contributions/filings).")
    @APIResponse(responseCode = "200", description = "The portal's request body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, implementation = Object.class),
                    examples = @ExampleObject(name = "activity", value = ContributionExamples.PORTAL_ACTIVITY)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response getPortalActivity(@PathParam("id") String id) {
        Visibility visibility = caller.visibility();
        Contribution entry = service.findContribution(id, visibility)
                .orElseThrow(() -> ProblemException.notFound("No contribution has the id '" + id + "'"));
        PortalExport.Activities activities = portal.toPortalJson(List.of(entry), visibility);
        return Response.ok(activities.bodies().get(0), MediaType.APPLICATION_JSON_TYPE)
                .header(PORTAL_ISSUES, activities.withIssues()).build();
    }

    @POST
    @Path("/import")
    @Consumes({CSV, MediaType.APPLICATION_JSON})
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
                    examples = @ExampleObject(name = "json", value = ContributionExamples.IMPORT_JSON))})
    @APIResponse(responseCode = "200", description = "What was (or, with dryRun, would be) imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = ContributionExamples.REPORT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public ImportReport importContributions(
            @Parameter(description = "Check and report without writing",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            String body) {
        boolean dry = Params.bool("dryRun", dryRun, false);
        MediaType type = headers.getMediaType();
        var rows = type != null && type.isCompatible(MediaType.valueOf(CSV)) ? csv.readCsv(body == null ? "" : body)
                : imports.readJson(body);
        return imports.importRows(rows, dry, caller.visibility());
    }
}
