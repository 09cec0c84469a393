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
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.api.ContributionTypeInput;
import dev.mvpress.contribution.api.ContributionTypeView;
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
@Path("/api/contribution-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contribution catalogs", description = "Activity types and technology areas, as the MVP portal names them")
public class ContributionTypeResource {

    private final CatalogService catalogs;
    private final MvpressConfig config;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Inject
    ApiUrls urls;

    @Context
    HttpHeaders headers;

    ContributionTypeResource(CatalogService catalogs, MvpressConfig config, ObjectMapper json) {
        this.catalogs = catalogs;
        this.config = config;
        this.json = json;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listContributionTypes", summary = "List activity types with what their quantity and reach mean")
    @APIResponse(responseCode = "200", description = "One page of types, in the portal's order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TypePage.class),
                    examples = @ExampleObject(name = "types", value = ContributionExamples.TYPE_PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Response listContributionTypes(
            @Parameter(description = "true (default): what the MVP portal has; false: rows it no longer has, kept for"
                    + " the entries that use them",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("inPortal") String inPortal,
            @Parameter(description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100")) @QueryParam("size") String size) {
        return Links.paged(catalogs.findAllTypes(Params.bool("inPortal", inPortal, true),
                Params.page(page, size, config.paging())).map(ContributionViews::of),
                uriInfo).build();
    }

    @GET
    @Path("/{key}")
    @PublicRead
    @Operation(operationId = "getContributionType", summary = "Get one activity type")
    @APIResponse(responseCode = "200", description = "The type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionTypeView.class),
                    examples = @ExampleObject(name = "type", value = ContributionExamples.TYPE)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ContributionTypeView getContributionType(@PathParam("key") String key) {
        return catalogs.findType(key).map(ContributionViews::of).orElseThrow(() -> notFound(key));
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "replaceContributionType", summary = "Replace an activity type, or add one when the key is new")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContributionTypeInput.class),
            examples = @ExampleObject(name = "type", value = ContributionExamples.TYPE_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionTypeView.class),
                    examples = @ExampleObject(name = "type", value = ContributionExamples.TYPE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionTypeView.class),
                    examples = @ExampleObject(name = "type", value = ContributionExamples.TYPE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response replaceContributionType(@PathParam("key") String key, String body) {
        Upsert<ContributionType> result = catalogs.replaceType(key,
                JsonBodies.read(json, body, ContributionTypeInput.class), ifMatch());
        ContributionTypeView view = ContributionViews.of(result.value());
        return result.created()
                ? ApiUrls.created(urls.of("api/contribution-types", key)).entity(view).build()
                : Response.ok(view).build();
    }

    @PATCH
    @Path("/{key}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "updateContributionType",
            summary = "Change some fields of an activity type, e.g. when the portal renames it")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ContributionTypeInput.class),
                    examples = @ExampleObject(name = "rename", value = ContributionExamples.TYPE_RENAME)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionTypeInput.class),
                    examples = @ExampleObject(name = "rename", value = ContributionExamples.TYPE_RENAME))})
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionTypeView.class),
                    examples = @ExampleObject(name = "type", value = ContributionExamples.TYPE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ContributionTypeView updateContributionType(@PathParam("key") String key, String body) {
        return catalogs.partialUpdateType(key, JsonBodies.readObject(json, body), ifMatch()).map(ContributionViews::of)
                .orElseThrow(() -> notFound(key));
    }

    @DELETE
    @Path("/{key}")
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "deleteContributionType", summary = "Delete an activity type that no entry uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response deleteContributionType(@PathParam("key") String key) {
        if (!catalogs.deleteType(key, ifMatch())) {
            throw notFound(key);
        }
        return Response.noContent().build();
    }

    private Consumer<ContributionType> ifMatch() {
        return IfMatch.from(headers, json, row -> List.of(ContributionViews.of(row)));
    }

    private static ProblemException notFound(String key) {
        return ProblemException.notFound("No contribution type has the key '" + key + "'");
    }

    @Schema(name = "ContributionTypePage")
    public record TypePage(List<ContributionTypeView> items, Page.PageInfo page) {
    }
}
