package dev.mvpress.post.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import dev.mvpress.auth.Scope;
import dev.mvpress.post.api.PreviewLink;
import dev.mvpress.post.api.PreviewLinkInput;
import dev.mvpress.post.service.PreviewLinks;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Problem;

/**
 * Making preview links: a signed, expiring token with which a frontend's draft mode reads one post, whatever its
 * status, through {@code GET /api/posts/{slug}?preview=<token>} ({@link PostResource}). A link is issued to a
 * token that may read drafts or write posts. On an old slug it is issued for the post the slug leads to, and
 * names the current slug: a POST answered with a redirect could come back as a GET.
 */
// The bearer filter reads the access declaration, which a native image keeps only for registered classes.
@RegisterForReflection(fields = false)
@Path("/api/posts/{slug}/preview-links")
@Tag(name = "Posts")
public class PreviewLinkResource {

    private final PreviewLinks links;
    private final PostViews views;
    private final ApiUrls urls;
    private final ObjectMapper json;

    @Context
    HttpHeaders headers;

    PreviewLinkResource(PreviewLinks links, PostViews views, ApiUrls urls, ObjectMapper json) {
        this.links = links;
        this.views = views;
        this.urls = urls;
        this.json = json;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Access(anyOf = {Scope.DRAFTS_READ, Scope.POSTS_WRITE})
    @Operation(operationId = "createPreviewLink",
            summary = "Make a link that shows a post, draft or scheduled, until it expires (drafts:read or posts:write)",
            description = "The token works on every instance that has the same mvpress.preview.secret, for this post only"
                    + " (also after a rename), until expiresAt, the post's deletion or a change of the secret."
                    + " The body is optional; expiresIn defaults to mvpress.preview.default-lifetime (24 hours).")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreviewLinkInput.class),
            examples = @ExampleObject(name = "twoHours", value = PostExamples.PREVIEW_LINK_INPUT)))
    @APIResponse(responseCode = "201", description = "The link; Location is its url",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewLink.class),
                    examples = @ExampleObject(name = "link", value = PostExamples.PREVIEW_LINK)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", description = "Preview links are off: mvpress.preview.secret is not set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "off", value = PostExamples.PREVIEW_OFF)))
    public Response createPreviewLink(@PathParam("slug") String slug, String body) {
        PreviewLinkInput input = body == null || body.isBlank() ? new PreviewLinkInput(null) : input(body);
        PreviewLinks.Issued link = links.issue(slug, input.expiresIn()).orElseThrow(() -> PostResource.postNotFound(slug));
        String url = urls.of("api/posts", link.slug()) + "?preview=" + link.token();
        PreviewLink view = views.previewLink(link, url, links.frontendUrl(link.slug(), link.token()).orElse(null));
        return ApiUrls.created(url).header(HttpHeaders.CACHE_CONTROL, PreviewLinks.CACHE_CONTROL).entity(view).build();
    }

    /**
     * A body, when there is one, is JSON. The operation declares no media type it consumes so that a POST with no
     * body and so no Content-Type (curl -X POST) is not a 415.
     */
    private PreviewLinkInput input(String body) {
        MediaType type = headers.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new NotSupportedException();
        }
        return JsonBodies.read(json, body, PreviewLinkInput.class);
    }
}
