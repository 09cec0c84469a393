package dev.mvpress.site.rest;

import java.util.List;
import java.util.function.Consumer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import dev.mvpress.site.api.SiteInput;
import dev.mvpress.site.api.SiteView;
import dev.mvpress.site.service.SiteSettings;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;

/**
 * The site's settings as data. Reading them is public and cacheable like any read; changing them takes the
 * admin scope: they are the whole site's identity (every feed, every page's author), not content a posting
 * script should be able to rewrite, and no narrower scope covers them.
 */
// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site", description = "The site's title, language, time zone, author, navigation and social accounts")
public class SiteResource {

    private final SiteSettings settings;
    private final ObjectMapper json;

    @Context
    HttpHeaders headers;

    SiteResource(SiteSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @GET
    @PublicRead
    @Operation(operationId = "getSite", summary = "Get the site's settings",
            description = "Before the first PUT, the configured defaults (MVPRESS_SITE_TITLE, MVPRESS_SITE_DESCRIPTION,"
                    + " MVPRESS_SITE_AUTHOR, MVPRESS_SITE_LANGUAGE, MVPRESS_SITE_TIME_ZONE) with version 0.")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class),
                    examples = {@ExampleObject(name = "site", value = SiteExamples.SITE),
                            @ExampleObject(name = "defaults", value = SiteExamples.DEFAULTS)}))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public SiteView getSite() {
        return settings.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.ADMIN)
    @Operation(operationId = "replaceSite", summary = "Replace the site's settings",
            description = "A document from GET can be edited and sent back: url, updatedAt and version are ignored."
                    + " The first PUT stores the settings; from then on the configured defaults no longer apply.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SiteInput.class),
            examples = @ExampleObject(name = "site", value = SiteExamples.INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class),
                    examples = @ExampleObject(name = "site", value = SiteExamples.SITE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public SiteView replaceSite(String body) {
        return settings.replace(JsonBodies.read(json, body, SiteInput.class), ifMatch());
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Access(Scope.ADMIN)
    @Operation(operationId = "updateSite", summary = "Change some of the site's settings (JSON Merge Patch)",
            description = "Objects merge (author.bio alone can change); lists are replaced whole; null removes an"
                    + " optional field. Before the first write, the patch applies to the configured defaults.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SiteInput.class),
                    examples = {@ExampleObject(name = "bio", value = SiteExamples.PATCH_BIO),
                            @ExampleObject(name = "language", value = SiteExamples.PATCH_LANGUAGE)}),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteInput.class),
                    examples = {@ExampleObject(name = "bio", value = SiteExamples.PATCH_BIO),
                            @ExampleObject(name = "language", value = SiteExamples.PATCH_LANGUAGE)})})
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class),
                    examples = @ExampleObject(name = "site", value = SiteExamples.SITE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public SiteView updateSite(String body) {
        return settings.patch(JsonBodies.readObject(json, body), ifMatch());
    }

    @DELETE
    @Access(Scope.ADMIN)
    @Operation(operationId = "resetSite", summary = "Forget the stored settings: the configured defaults apply again")
    @APIResponse(responseCode = "204", description = "Forgotten, or nothing was stored")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response resetSite() {
        settings.reset(ifMatch());
        return Response.noContent().build();
    }

    /** If-Match carries the ETag of GET /api/site, the same for every caller. */
    private Consumer<SiteView> ifMatch() {
        return IfMatch.from(headers, json, view -> List.<Object>of(view));
    }
}
