package dev.mvpress.contribution.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.core.http.HttpServerResponse;

import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.contribution.service.ContributionExports;
import dev.mvpress.contribution.service.FilingSheet;
import dev.mvpress.contribution.service.FilingSheetHtml;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ProblemException;

/**
 * The filing sheet, for a nominee who types each activity into the portal's nomination wizard: a printable
 * HTML page (what a browser gets) or markdown, one card per activity of a period in the form's field order.
 * Declared like the export it sits beside: a public read, private entries and private descriptions only for
 * a token with drafts:read.
 */
@RegisterForReflection(fields = false)
@Path("/api/contributions")
@Tag(name = "Contributions")
public class FilingSheetResource {

    private static final String HTML = MediaType.TEXT_HTML;
    private static final String MARKDOWN = "text/markdown";
    private static final List<Variant> VARIANTS =
            Variant.mediaTypes(MediaType.TEXT_HTML_TYPE, MediaType.valueOf(MARKDOWN)).build();

    private final FilingSheet sheet;
    private final ContributionExports exports;
    private final Caller caller;
    private final TimeSource time;

    @Context
    Request request;

    FilingSheetResource(FilingSheet sheet, ContributionExports exports, Caller caller, TimeSource time) {
        this.sheet = sheet;
        this.exports = exports;
        this.caller = caller;
        this.time = time;
    }

    @GET
    @Path("/filing-sheet")
    @Produces({HTML, MARKDOWN})
    @PublicRead
    @Operation(operationId = "getFilingSheet",
            summary = "A filing sheet of a period: one card per activity, in the portal form's order, as HTML or markdown",
            description = "For a nominee who types each activity into the MVP portal's nomination wizard by hand. Each"
                    + " card lists the fields of the portal's Create Activity/Event form in the form's order and with"
                    + " its labels, values as the form wants them (type, area, audience and role names, the date as the"
                    + " date picker shows it, the type's counts). HTML (the default, and what a browser asks for) is one"
                    + " self-contained printable page with a copy button per value; its Content-Security-Policy allows"
                    + " only its own inline style and script. text/markdown (or format=markdown) gives the same cards as"
                    + " sections. Oldest first; default period: the last 12 months up to today (UTC). Without a token"
                    + " with drafts:read, private entries and private descriptions are left out. Streamed as the entries"
                    + " are read (chunked, no Content-Length).")
    @APIResponse(responseCode = "200", description = "The sheet",
            headers = @Header(name = "Content-Security-Policy",
                    description = "On HTML: the page's own inline style and script by hash, nothing else",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "html", value = PortalExamples.FILING_SHEET_HTML)),
                    @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "markdown",
                                    value = PortalExamples.FILING_SHEET_MARKDOWN))})
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public Response getFilingSheet(
            @Parameter(description = "html or markdown; overrides the Accept header",
                    schema = @Schema(enumeration = {"html", "markdown"})) @QueryParam("format") String format,
            @Parameter(description = "First day, inclusive",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Context HttpServerResponse vertx) {
        boolean markdown = wantsMarkdown(format);
        LocalDate[] period = ContributionPeriods.period(from, to, time.now());
        Visibility visibility = caller.visibility();
        // Streamed: the cards are written as the entries are read, after every parameter was checked above.
        StreamingOutput body = out -> sheet.write(period[0], period[1], visibility, markdown, out);
        String etag = exports.etag(markdown ? "sheet markdown" : "sheet html", period[0], period[1], visibility);
        if (markdown) {
            return Response.ok(body, MediaType.valueOf(MARKDOWN).withCharset("UTF-8")).header(HttpHeaders.ETAG, etag)
                    .build();
        }
        // Replaces the policy every /api response gets (application.properties: default-src 'none'), which
        // would block the page's own style and script: two policies are both enforced.
        vertx.headers().set("Content-Security-Policy", FilingSheetHtml.CONTENT_SECURITY_POLICY);
        return Response.ok(body, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header(HttpHeaders.ETAG, etag).build();
    }

    private boolean wantsMarkdown(String format) {
        if (format != null && !format.isEmpty()) {
            return switch (format) {
                case "markdown" -> true;
                case "html" -> false;
                default -> throw ProblemException.invalid("format", "'" + format + "' is not one of html, markdown");
            };
        }
        Variant chosen = request.selectVariant(VARIANTS);
        return chosen != null && chosen.getMediaType().isCompatible(MediaType.valueOf(MARKDOWN));
    }
}
