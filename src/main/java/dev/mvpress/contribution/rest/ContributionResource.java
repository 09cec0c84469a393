package dev.mvpress.contribution.rest;

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
import dev.mvpress.contribution.api.ContributionReceipt;
import dev.mvpress.contribution.api.ContributionView;
import dev.mvpress.contribution.service.CatalogService;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Params;
import dev.mvpress.web.Problem;
import dev.mvpress.web.ProblemException;

@RegisterForReflection(fields = false)
@Path("/api/contributions")
@Tag(name = "Contributions", description = "Community activities for the Microsoft MVP program, logged as they happen")
public class ContributionResource {

    private final ContributionService service;
    private final CatalogService catalogs;
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

    ContributionResource(ContributionService service, CatalogService catalogs, Caller caller, MvpressConfig config,
            TimeSource time, ObjectMapper json) {
        this.service = service;
        this.catalogs = catalogs;
        this.caller = caller;
        this.config = config;
        this.time = time;
        this.json = json;
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
        return service.findContribution(id, visibility)
                .map(c -> ContributionViews.of(c, visibility, service.url(c), catalogsFor(visibility)))
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
    @APIResponse(responseCode = "409", description = "It repeats an entry (same type, date and url, or same title and"
            + " date); Location names that entry. Send separate=true to log it anyway",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "repeat", value = ContributionExamples.REPEATED)))
    public Response createContribution(
            @Parameter(description = "True: log it even though it repeats an entry (a second talk of the same title"
                    + " on the same day, say)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("separate") String separate,
            String body) {
        Contribution c = service.persistContribution(JsonBodies.read(json, body, ContributionInput.class),
                Params.bool("separate", separate, false), caller.visibility());
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
            return ContributionViews.of(c, visibility, service.url(c), catalogsFor(visibility));
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
        return IfMatch.from(headers, json,
                c -> List.of(ContributionViews.of(c, Visibility.ALL, service.url(c), catalogs.loadCatalogs())));
    }

    /** The catalogs a view needs to list portal issues: only for a caller who sees them. */
    private CatalogService.Catalogs catalogsFor(Visibility visibility) {
        return visibility.all() ? catalogs.loadCatalogs() : null;
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
