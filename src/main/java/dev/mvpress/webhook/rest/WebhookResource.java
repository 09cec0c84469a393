package dev.mvpress.webhook.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Access;
import dev.mvpress.auth.Scope;
import dev.mvpress.kernel.Page;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Links;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Params;
import dev.mvpress.web.Problem;
import dev.mvpress.web.ProblemException;
import dev.mvpress.webhook.api.WebhookInput;
import dev.mvpress.webhook.api.WebhookView;
import dev.mvpress.webhook.service.WebhookService;

// KnownQueryParams and the bearer filter read each operation's annotations, which a native image keeps
// only for classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed webhooks (Standard Webhooks) and deploy hooks; managing them needs the admin"
        + " scope")
public class WebhookResource {

    private final WebhookService service;
    private final MvpressConfig config;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Inject
    ApiUrls urls;

    WebhookResource(WebhookService service, MvpressConfig config, ObjectMapper json) {
        this.service = service;
        this.config = config;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.ADMIN)
    @Operation(operationId = "createWebhook", summary = "Register a webhook or deploy hook; its secret is in this answer only")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookInput.class),
            examples = {@ExampleObject(name = "webhook", value = WebhookExamples.INPUT),
                    @ExampleObject(name = "deployHook", value = WebhookExamples.DEPLOY_INPUT)}))
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "created", value = WebhookExamples.CREATED)))
    @APIResponse(responseCode = "400", description = "Invalid input, or a target MVPress will not send to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "privateAddress", value = WebhookExamples.PROBLEM_URL)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response createWebhook(String body) {
        WebhookView created = service.registerEndpoint(JsonBodies.read(json, body, WebhookInput.class));
        return ApiUrls.created(urls.of("api/webhooks", created.id())).entity(created).build();
    }

    @GET
    @Access(Scope.ADMIN)
    @Operation(operationId = "listWebhooks", summary = "List webhooks and deploy hooks, newest first, without their secrets")
    @APIResponse(responseCode = "200", description = "One page of endpoints; Link header has first/prev/next/last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookPage.class),
                    examples = @ExampleObject(name = "webhooks", value = WebhookExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response listWebhooks(
            @Parameter(description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100")) @QueryParam("size") String size) {
        return Links.paged(service.findAllEndpoints(Params.page(page, size, config.paging())), uriInfo).build();
    }

    @GET
    @Path("/{id}")
    @Access(Scope.ADMIN)
    @Operation(operationId = "getWebhook", summary = "Get one endpoint: where it stands, and why it was disabled if it was")
    @APIResponse(responseCode = "200", description = "The endpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class),
                    examples = {@ExampleObject(name = "webhook", value = WebhookExamples.WEBHOOK),
                            @ExampleObject(name = "disabled", value = WebhookExamples.DISABLED)}))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public WebhookView getWebhook(@PathParam("id") String id) {
        return service.findEndpoint(id(id)).orElseThrow(() -> notFound(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Access(Scope.ADMIN)
    @Operation(operationId = "updateWebhook", summary = "Change an endpoint (JSON Merge Patch); {\"enabled\": true}"
            + " re-enables one that was disabled, and its pending deliveries resume")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = WebhookInput.class),
                    examples = {@ExampleObject(name = "enable", value = WebhookExamples.ENABLE),
                            @ExampleObject(name = "events", value = WebhookExamples.CHANGE_EVENTS)}),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookInput.class),
                    examples = {@ExampleObject(name = "enable", value = WebhookExamples.ENABLE),
                            @ExampleObject(name = "events", value = WebhookExamples.CHANGE_EVENTS)})})
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "webhook", value = WebhookExamples.WEBHOOK)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public WebhookView updateWebhook(@PathParam("id") String id, String body) {
        UUID uuid = id(id);
        return service.partialUpdateEndpoint(uuid, JsonBodies.readObject(json, body)).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @Access(Scope.ADMIN)
    @Operation(operationId = "deleteWebhook", summary = "Delete an endpoint with its deliveries")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response deleteWebhook(@PathParam("id") String id) {
        if (!service.deleteEndpoint(id(id))) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret")
    @Access(Scope.ADMIN)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate an endpoint's secret; the new one is in this answer only")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret; attempts from now on are signed"
            + " with it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "rotated", value = WebhookExamples.CREATED)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public WebhookView rotateWebhookSecret(@PathParam("id") String id) {
        return service.rotateSecret(id(id)).orElseThrow(() -> notFound(id));
    }

    /** An endpoint id from the path; what is not one names no endpoint (404). */
    static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound("No webhook has the id '" + id + "'");
    }

    /** For the OpenAPI document: the list envelope with endpoint items. */
    @Schema(name = "WebhookPage")
    public record WebhookPage(List<WebhookView> items, Page.PageInfo page) {
    }
}
