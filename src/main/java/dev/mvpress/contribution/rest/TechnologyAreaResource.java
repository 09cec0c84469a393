package dev.mvpress.contribution.rest;

import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import dev.mvpress.auth.PublicRead;
import dev.mvpress.auth.Scope;
import dev.mvpress.contribution.TechnologyArea;
import dev.mvpress.contribution.api.TechnologyAreaInput;
import dev.mvpress.contribution.api.TechnologyAreaView;
import dev.mvpress.contribution.service.CatalogService;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Links;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;

// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/technology-areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contribution catalogs")
public class TechnologyAreaResource {

    private final CatalogService catalogs;
    private final MvpressConfig config;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Inject
    ApiUrls urls;

    @Context
    HttpHeaders headers;

    TechnologyAreaResource(CatalogService catalogs, MvpressConfig config, ObjectMapper json) {
        this.catalogs = catalogs;
        this.config = config;
        this.json = json;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listTechnologyAreas", summary = "List technology areas by award category")
    @APIResponse(responseCode = "200", description = "One page of areas, by award category and name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaPage.class),
                    examples = @ExampleObject(name = "areas", value = ContributionExamples.AREA_PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Response listTechnologyAreas(
            @Parameter(
                    description = "Only this award category, e.g. Developer Technologies") @QueryParam("awardCategory") String awardCategory,
            @Parameter(description = "true (default): what the MVP portal has; false: rows it no longer has, kept for"
                    + " the entries that use them",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("inPortal") String inPortal,
            @Parameter(description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100")) @QueryParam("size") String size) {
        return Links.paged(catalogs.findAllAreas(awardCategory, Params.bool("inPortal", inPortal, true),
                Params.page(page, size, config.paging()))
                .map(ContributionViews::of), uriInfo).build();
    }

    @GET
    @Path("/{key}")
    @PublicRead
    @Operation(operationId = "getTechnologyArea", summary = "Get one technology area")
    @APIResponse(responseCode = "200", description = "The area",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TechnologyAreaView.class),
                    examples = @ExampleObject(name = "area", value = ContributionExamples.AREA)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public TechnologyAreaView getTechnologyArea(@PathParam("key") String key) {
        return catalogs.findArea(key).map(ContributionViews::of).orElseThrow(() -> notFound(key));
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "replaceTechnologyArea", summary = "Replace a technology area, or add one when the key is new")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TechnologyAreaInput.class),
            examples = @ExampleObject(name = "area", value = ContributionExamples.AREA_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TechnologyAreaView.class),
                    examples = @ExampleObject(name = "area", value = ContributionExamples.AREA)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TechnologyAreaView.class),
                    examples = @ExampleObject(name = "area", value = ContributionExamples.AREA)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response replaceTechnologyArea(@PathParam("key") String key, String body) {
        Upsert<TechnologyArea> result =
                catalogs.replaceArea(key, JsonBodies.read(json, body, TechnologyAreaInput.class), ifMatch());
        TechnologyAreaView view = ContributionViews.of(result.value());
        return result.created()
                ? ApiUrls.created(urls.of("api/technology-areas", key)).entity(view).build()
                : Response.ok(view).build();
    }

    @PATCH
    @Path("/{key}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "updateTechnologyArea", summary = "Change some fields of a technology area")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TechnologyAreaInput.class),
                    examples = @ExampleObject(name = "rename", value = ContributionExamples.AREA_RENAME)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TechnologyAreaInput.class),
                    examples = @ExampleObject(name = "rename", value = ContributionExamples.AREA_RENAME))})
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TechnologyAreaView.class),
                    examples = @ExampleObject(name = "area", value = ContributionExamples.AREA)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public TechnologyAreaView updateTechnologyArea(@PathParam("key") String key, String body) {
        return catalogs.partialUpdateArea(key, JsonBodies.readObject(json, body), ifMatch()).map(ContributionViews::of)
                .orElseThrow(() -> notFound(key));
    }

    @DELETE
    @Path("/{key}")
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "deleteTechnologyArea", summary = "Delete a technology area that no entry uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response deleteTechnologyArea(@PathParam("key") String key) {
        if (!catalogs.deleteArea(key, ifMatch())) {
            throw notFound(key);
        }
        return Response.noContent().build();
    }

    private Consumer<TechnologyArea> ifMatch() {
        return IfMatch.from(headers, json, row -> List.of(ContributionViews.of(row)));
    }

    private static ProblemException notFound(String key) {
        return ProblemException.notFound("No technology area has the key '" + key + "'");
    }

    @Schema(name = "TechnologyAreaPage")
    public record AreaPage(List<TechnologyAreaView> items, Page.PageInfo page) {
    }
}
