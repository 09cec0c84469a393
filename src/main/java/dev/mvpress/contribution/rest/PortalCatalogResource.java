package dev.mvpress.contribution.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.auth.Access;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.auth.Scope;
import dev.mvpress.contribution.api.CatalogUpdate;
import dev.mvpress.contribution.api.PortalCatalog;
import dev.mvpress.contribution.service.PortalCatalogs;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.JsonBodies;

/** Both catalogs as the portal's one document: read it, and replace it when the portal changes. */
@RegisterForReflection(fields = false)
@Path("/api/contribution-catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contribution catalogs")
public class PortalCatalogResource {

    private final PortalCatalogs catalogs;
    private final ObjectMapper json;

    PortalCatalogResource(PortalCatalogs catalogs, ObjectMapper json) {
        this.catalogs = catalogs;
        this.json = json;
    }

    @GET
    @PublicRead
    @Operation(operationId = "getPortalCatalog", summary = "The MVP portal's types and technology areas as one document",
            description = "What the portal has now, in its terms: the document PUT takes back.")
    @APIResponse(responseCode = "200", description = "The catalog",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortalCatalog.class),
                    examples = @ExampleObject(name = "catalog", value = PortalExamples.CATALOG)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public PortalCatalog getPortalCatalog() {
        return catalogs.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.ADMIN)
    @Operation(operationId = "replacePortalCatalog", summary = "Update the catalogs to what the MVP portal has now",
            description = "Types are matched by key when given, else by name or API name; areas by key, else by name."
                    + " What is new is added, what differs changes, and rows the document leaves out are marked as no"
                    + " longer in the portal (inPortal false): they stay for the entries that use them, which"
                    + " GET /api/contributions?unknownNames=true lists. Nothing is deleted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PortalCatalog.class),
            examples = @ExampleObject(name = "catalog", value = PortalExamples.CATALOG_INPUT)))
    @APIResponse(responseCode = "200", description = "What changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogUpdate.class),
                    examples = @ExampleObject(name = "update", value = PortalExamples.CATALOG_UPDATE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public CatalogUpdate replacePortalCatalog(String body) {
        return catalogs.replace(JsonBodies.read(json, body, PortalCatalog.class));
    }
}
