package dev.mvpress.contribution.rest;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.api.ContributionPage;
import dev.mvpress.contribution.api.ContributionSummary;
import dev.mvpress.contribution.service.CatalogService;
import dev.mvpress.contribution.service.ContributionQuery;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.contribution.service.ContributionSort;
import dev.mvpress.contribution.service.ContributionSummaries;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.Links;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;

/** The contribution log as lists: filtered and searched pages, and the year at a glance. */
@RegisterForReflection(fields = false)
@Path("/api/contributions")
@Tag(name = "Contributions")
public class ContributionListResource {

    private final ContributionService service;
    private final CatalogService catalogService;
    private final ContributionSummaries summaries;
    private final Caller caller;
    private final MvpressConfig config;
    private final TimeSource time;

    @Context
    UriInfo uriInfo;

    ContributionListResource(ContributionService service, CatalogService catalogService, ContributionSummaries summaries,
            Caller caller, MvpressConfig config, TimeSource time) {
        this.service = service;
        this.catalogService = catalogService;
        this.summaries = summaries;
        this.caller = caller;
        this.config = config;
        this.time = time;
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
            @Parameter(description = "With a token that reads private fields: true lists entries marked filed in the"
                    + " portal, false those not filed yet",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("filed") String filed,
            @Parameter(description = "With such a token: true lists filed entries changed since they were filed",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("changedSinceFiling") String changed,
            @Parameter(description = "With such a token: true lists entries whose type, technology area, role or"
                    + " counts the portal no longer knows",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("unknownNames") String unknownNames,
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
        Visibility visibility = caller.visibility();
        Boolean filedFilter = authorsFilter("filed", filed, visibility);
        Boolean changedFilter = authorsFilter("changedSinceFiling", changed, visibility);
        Boolean unknownFilter = authorsFilter("unknownNames", unknownNames, visibility);
        ContributionQuery filter = new ContributionQuery(blankToNull(type), blankToNull(area), fromDay, toDay, query,
                Params.choice("sort", sort, ContributionSort.class, null), filedFilter, changedFilter,
                Boolean.TRUE.equals(unknownFilter));
        Page<Contribution> found = service.findContributions(filter, Params.page(page, size, config.paging()), visibility);
        var snippets = service.snippets(found.items(), query);
        CatalogService.Catalogs catalogs = visibility.all() ? catalogService.loadCatalogs() : null;
        return Links.paged(found.map(c -> ContributionViews.of(c, visibility, snippets.get(c.id), service.url(c), catalogs)),
                uriInfo).build();
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

    /** The filing ledger and portal checks are the author's: their filters need a token that reads private fields. */
    private static Boolean authorsFilter(String name, String raw, Visibility visibility) {
        Boolean value = Params.bool(name, raw, null);
        if (value != null && !visibility.all()) {
            throw ProblemException.invalid(name, "is the author's filter: send a token with drafts:read");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
