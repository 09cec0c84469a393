package dev.mvpress.webhook.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Access;
import dev.mvpress.auth.Scope;
import dev.mvpress.kernel.Page;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.Links;
import dev.mvpress.web.Params;
import dev.mvpress.web.Problem;
import dev.mvpress.web.ProblemException;
import dev.mvpress.webhook.api.DeliveryView;
import dev.mvpress.webhook.service.DeliveryService;

// KnownQueryParams and the bearer filter read each operation's annotations, which a native image keeps
// only for classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookDeliveryResource {

    private final DeliveryService deliveries;
    private final MvpressConfig config;

    @Context
    UriInfo uriInfo;

    WebhookDeliveryResource(DeliveryService deliveries, MvpressConfig config) {
        this.deliveries = deliveries;
        this.config = config;
    }

    @GET
    @Path("/{id}/deliveries")
    @Access(Scope.ADMIN)
    @Operation(operationId = "listWebhookDeliveries", summary = "List an endpoint's deliveries, newest first")
    @APIResponse(responseCode = "200", description = "One page of deliveries; page.nextCursor (and the Link header's next)"
            + " while more follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryPage.class),
                    examples = @ExampleObject(name = "deliveries", value = WebhookExamples.DELIVERIES)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response listWebhookDeliveries(@PathParam("id") String id,
            @Parameter(description = "Only deliveries in this state",
                    schema = @Schema(
                            enumeration = {"pending", "delivered", "failed", "superseded"})) @QueryParam("state") String state,
            @Parameter(description = "page.nextCursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100")) @QueryParam("size") String size) {
        int pageSize = Params.intIn("size", size, config.paging().defaultSize(), 1, config.paging().maxSize());
        Page<DeliveryView> page = deliveries.findDeliveries(WebhookResource.id(id), empty(state), empty(after), pageSize)
                .orElseThrow(() -> WebhookResource.notFound(id));
        return Links.paged(page, uriInfo).build();
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @Access(Scope.ADMIN)
    @Operation(operationId = "getWebhookDelivery", summary = "Get one delivery with every attempt and the body it sends")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class),
                    examples = @ExampleObject(name = "delivery", value = WebhookExamples.DELIVERY_DETAIL)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public DeliveryView getWebhookDelivery(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return deliveries.findDelivery(WebhookResource.id(id), deliveryId(deliveryId))
                .orElseThrow(() -> deliveryNotFound(deliveryId));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Access(Scope.ADMIN)
    @Operation(operationId = "redeliverWebhookDelivery",
            summary = "Deliver again: the delivery is pending and due now, whatever its state (the next tick sends it)")
    @APIResponse(responseCode = "202", description = "Pending again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class),
                    examples = @ExampleObject(name = "pending", value = WebhookExamples.DELIVERY)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The endpoint is disabled; enable it first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "disabled", value = WebhookExamples.PROBLEM_DISABLED)))
    public Response redeliverWebhookDelivery(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        DeliveryView delivery = deliveries.redeliver(WebhookResource.id(id), deliveryId(deliveryId))
                .orElseThrow(() -> deliveryNotFound(deliveryId));
        return Response.accepted(delivery).build();
    }

    @POST
    @Path("/{id}/ping")
    @Access(Scope.ADMIN)
    @Operation(operationId = "pingWebhook", summary = "Send a signed webhook.ping to this endpoint only, to check a receiver"
            + " (a deploy hook builds now)")
    @APIResponse(responseCode = "202", description = "The ping's delivery, due now; the next tick sends it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class),
                    examples = @ExampleObject(name = "ping", value = WebhookExamples.PING)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The endpoint is disabled; enable it first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "disabled", value = WebhookExamples.PROBLEM_DISABLED)))
    public Response pingWebhook(@PathParam("id") String id) {
        DeliveryView delivery = deliveries.ping(WebhookResource.id(id)).orElseThrow(() -> WebhookResource.notFound(id));
        return Response.accepted(delivery).build();
    }

    private static String empty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static UUID deliveryId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw deliveryNotFound(id);
        }
    }

    private static ProblemException deliveryNotFound(String id) {
        return ProblemException.notFound("This webhook has no delivery with the id '" + id + "'");
    }

    /** For the OpenAPI document: the list envelope with delivery items. */
    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(List<DeliveryView> items, Page.PageInfo page) {
    }
}
