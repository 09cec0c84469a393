package dev.mvpress.series.rest;

import java.util.List;
import java.util.function.Consumer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import dev.mvpress.kernel.Page;
import dev.mvpress.series.Series;
import dev.mvpress.series.api.SeriesDetail;
import dev.mvpress.series.api.SeriesInput;
import dev.mvpress.series.api.SeriesView;
import dev.mvpress.series.service.SeriesService;
import dev.mvpress.series.service.SeriesWrites;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Links;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;

/**
 * Series of posts: the list, one series with its parts in reading order, and naming and describing one. A series
 * is created by the first post that names it ({@code series} on the post) and exists for a caller while they may
 * see at least one of its parts.
 */
// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "Ordered series of posts (\"Part 2 of 4\"); a post names its series and position,"
        + " and the series is created on first use")
public class SeriesResource {

    private final SeriesService service;
    private final SeriesWrites writes;
    private final SeriesViews views;
    private final MvpressConfig config;
    private final ObjectMapper json;
    private final Caller caller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    SeriesResource(SeriesService service, SeriesWrites writes, SeriesViews views, MvpressConfig config, ObjectMapper json,
            Caller caller) {
        this.service = service;
        this.writes = writes;
        this.views = views;
        this.config = config;
        this.json = json;
        this.caller = caller;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listSeries", summary = "List series with the number of parts the caller may see",
            description = "By name. Only series with at least one part the caller may see: anonymous callers see"
                    + " series with a published part, and count published parts only.")
    @APIResponse(responseCode = "200", description = "One page of series; Link header has first/prev/next/last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeriesPage.class),
                    examples = @ExampleObject(name = "series", value = SeriesExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Response listSeries(
            @Parameter(description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100")) @QueryParam("size") String size) {
        return Links.paged(service.findAllSeries(Params.page(page, size, config.paging()), caller.visibility()), uriInfo)
                .build();
    }

    @GET
    @Path("/{slug}")
    @PublicRead
    @Operation(operationId = "getSeries", summary = "Get one series with its parts in reading order",
            description = "Parts are ordered by seriesPosition (unnumbered parts last), then publishedAt, then id, and"
                    + " numbered 1, 2, ... over the parts the caller may see (series.position of each part). Parts carry"
                    + " every post field but markdown and html.")
    @APIResponse(responseCode = "200", description = "The series and its parts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeriesDetail.class),
                    examples = @ExampleObject(name = "series", value = SeriesExamples.WITH_PARTS)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public SeriesDetail getSeries(@PathParam("slug") String slug) {
        return views.detail(slug, caller.visibility()).orElseThrow(() -> notFound(slug));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "replaceSeries", summary = "Name and describe a series",
            description = "A series is created by the first post that names it; its slug stays. A description left out"
                    + " is removed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeriesInput.class),
            examples = @ExampleObject(name = "series", value = SeriesExamples.INPUT)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {SeriesView.class, SeriesReceipt.class}),
                    examples = @ExampleObject(name = "series", value = SeriesExamples.SERIES)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response replaceSeries(@PathParam("slug") String slug, String body) {
        SeriesInput input = JsonBodies.read(json, body, SeriesInput.class);
        Series series = writes.replaceSeries(slug, input, ifMatch()).orElseThrow(() -> notFound(slug));
        return Response.ok(written(series)).build();
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "updateSeries", summary = "Rename or describe a series (JSON Merge Patch)")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SeriesInput.class),
                    examples = @ExampleObject(name = "rename", value = SeriesExamples.RENAME)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesInput.class),
                    examples = @ExampleObject(name = "rename", value = SeriesExamples.RENAME))})
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {SeriesView.class, SeriesReceipt.class}),
                    examples = @ExampleObject(name = "series", value = SeriesExamples.SERIES)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response updateSeries(@PathParam("slug") String slug, String body) {
        Series series = writes.partialUpdateSeries(slug, JsonBodies.readObject(json, body), ifMatch())
                .orElseThrow(() -> notFound(slug));
        return Response.ok(written(series)).build();
    }

    /**
     * A write answers no more than its caller may read: to a token without drafts:read, a series none of whose
     * parts is published comes back as its slug and version only.
     */
    private Object written(Series series) {
        return service.findSeriesBySlug(series.slug, caller.visibility()).<Object>map(v -> v)
                .orElseGet(() -> new SeriesReceipt(series.slug, series.version));
    }

    /** If-Match carries the ETag of the series as this caller GETs it (with its parts). */
    private Consumer<Series> ifMatch() {
        return IfMatch.from(headers, json,
                series -> views.detail(series.slug, caller.visibility()).<List<Object>>map(List::of).orElse(List.of()));
    }

    /** What a write answers about a series its caller may not read. */
    @RegisterForReflection
    @Schema(name = "SeriesReceipt", description = "The answer to a write by a token without drafts:read when no part of"
            + " the series is published")
    public record SeriesReceipt(String slug, long version) {
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("No series has the slug '" + slug + "'");
    }

    /** For the OpenAPI document: the list envelope with series items. */
    @RegisterForReflection
    @Schema(name = "SeriesPage")
    public record SeriesPage(List<SeriesView> items, Page.PageInfo page) {
    }
}
