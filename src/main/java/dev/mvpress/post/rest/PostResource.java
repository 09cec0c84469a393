package dev.mvpress.post.rest;

import java.util.List;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.auth.Access;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.auth.Scope;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.api.PostInput;
import dev.mvpress.post.api.PostReceipt;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.service.PostMarkdown;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.post.service.PostWrites;
import dev.mvpress.post.service.PreviewLinks;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Problem;
import dev.mvpress.web.ProblemException;

/**
 * One post: read by slug as JSON or as markdown (an old slug redirects), also through a preview link (see
 * {@link PreviewLinks} for what it answers when), and every write of it, from JSON or from a markdown document. Lists of posts are {@link PostListResource}'s, history {@link PostRevisionResource}'s.
 */
// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/posts")
@Tag(name = "Posts", description = "Blog posts, written as JSON or as markdown with YAML front matter")
public class PostResource extends ContentRoutes {

    private final PreviewLinks previews;

    PostResource(PostReads reads, PostWrites writes, PostViews views, Caller caller, TimeSource time, ObjectMapper json,
            PreviewLinks previews) {
        super(PostKind.POST, reads, writes, views, caller, time, json);
        this.previews = previews;
    }

    @GET
    @Path("/{slug}")
    @Produces({MediaType.APPLICATION_JSON, PostMarkdown.MEDIA_TYPE})
    @PublicRead
    @Operation(operationId = "getPost", summary = "Get one post by slug, as JSON or as markdown",
            description = "The JSON carries html and not markdown unless include=markdown; fields= selects top-level"
                    + " fields. Each of these representations has its own ETag. With Accept: text/markdown the post comes"
                    + " back as a markdown document with YAML front matter that can be PUT back unchanged. An old slug"
                    + " answers 301 to the current one. With preview, the post of that preview link whatever its status,"
                    + " never cached (Cache-Control: private, no-store).")
    @APIResponse(responseCode = "200", description = "The post",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class),
                            examples = {@ExampleObject(name = "post", value = PostExamples.POST),
                                    @ExampleObject(name = "include=markdown", value = PostExamples.POST_WITH_MARKDOWN),
                                    @ExampleObject(name = "fields=slug,title,url,publishedAt",
                                            value = PostExamples.POST_FIELDS)}),
                    @Content(mediaType = PostMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "markdown", value = PostExamples.MARKDOWN))})
    @APIResponse(responseCode = "301", description = "The slug is an old one; Location has the current URL",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", description = "The preview link is not valid, has expired, or is for another post",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expired", value = PostExamples.PREVIEW_REFUSED)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", description = "Preview links are off: mvpress.preview.secret is not set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "off", value = PostExamples.PREVIEW_OFF)))
    public Response getPost(@PathParam("slug") String slug, @QueryParam("preview") @Parameter(
            description = "The token of a preview link (POST /api/posts/{slug}/preview-links): shows the post whatever its status",
            example = PostExamples.PREVIEW_TOKEN) String preview,
            @QueryParam("include") @Parameter(description = PostExamples.INCLUDE_SINGLE,
                    schema = @Schema(type = SchemaType.STRING),
                    example = PostExamples.INCLUDE_ONE) List<String> include,
            @QueryParam("fields") @Parameter(description = PostExamples.FIELDS_DOC,
                    schema = @Schema(type = SchemaType.STRING), example = PostExamples.FIELDS) List<String> fields) {
        PostShape shape = PostShape.single(json, include, fields);
        if (preview != null) {
            return preview(slug, preview, shape);
        }
        return read(slug, shape);
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, PostMarkdown.MEDIA_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "createPost", summary = "Create a post from JSON or from a markdown document",
            description = "The slug is derived from the title when not given (a taken derived slug gets -2, -3, ...);"
                    + " an explicit slug that is taken is a 409. A new post is a draft unless the input says otherwise.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "json", value = PostExamples.INPUT)),
            @Content(mediaType = PostMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", value = PostExamples.MARKDOWN))})
    @APIResponse(responseCode = "201",
            description = "Created; Location names the new post (to a token without drafts:read, a PostReceipt when the post is not published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {PostView.class, PostReceipt.class}),
                    examples = @ExampleObject(name = "post", value = PostExamples.POST)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response createPost(String body, @QueryParam("include") @Parameter(description = PostExamples.INCLUDE_WRITE,
            schema = @Schema(type = SchemaType.STRING), example = PostExamples.INCLUDE_ONE) List<String> include) {
        PostShape shape = PostShape.single(json, include, List.of());
        return create(body, shape);
    }

    @PUT
    @Path("/{slug}")
    @Consumes({MediaType.APPLICATION_JSON, PostMarkdown.MEDIA_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "replacePost", summary = "Replace a post, or create it when the slug is free",
            description = "Idempotent: syncing a folder of markdown files is one PUT per file. Status, publishedAt and"
                    + " (in JSON) markdown are kept when the input leaves them out, so the JSON of a plain GET, which has"
                    + " no markdown, can be sent back; a different slug in the body renames the post.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "json", value = PostExamples.INPUT)),
            @Content(mediaType = PostMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", value = PostExamples.MARKDOWN))})
    @APIResponse(responseCode = "200",
            description = "Replaced (to a token without drafts:read, a PostReceipt when the post is not published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {PostView.class, PostReceipt.class}),
                    examples = @ExampleObject(name = "post", value = PostExamples.POST)))
    @APIResponse(responseCode = "201",
            description = "Created (to a token without drafts:read, a PostReceipt when the post is not published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {PostView.class, PostReceipt.class}),
                    examples = @ExampleObject(name = "post", value = PostExamples.POST)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response replacePost(@PathParam("slug") String slug, String body,
            @QueryParam("include") @Parameter(description = PostExamples.INCLUDE_WRITE,
                    schema = @Schema(type = SchemaType.STRING), example = PostExamples.INCLUDE_ONE) List<String> include) {
        PostShape shape = PostShape.single(json, include, List.of());
        return replace(slug, body, shape);
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "updatePost", summary = "Change some fields of a post (JSON Merge Patch), e.g. publish it")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "publish", value = PostExamples.PUBLISH)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "schedule", value = PostExamples.SCHEDULE))})
    @APIResponse(responseCode = "200",
            description = "Updated (to a token without drafts:read, a PostReceipt when the post is not published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {PostView.class, PostReceipt.class}),
                    examples = @ExampleObject(name = "post", value = PostExamples.POST)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response updatePost(@PathParam("slug") String slug, String body,
            @QueryParam("include") @Parameter(description = PostExamples.INCLUDE_WRITE,
                    schema = @Schema(type = SchemaType.STRING), example = PostExamples.INCLUDE_ONE) List<String> include) {
        PostShape shape = PostShape.single(json, include, List.of());
        return update(slug, body, shape);
    }

    @DELETE
    @Path("/{slug}")
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "deletePost", summary = "Delete a post")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response deletePost(@PathParam("slug") String slug) {
        return delete(slug);
    }

    /** The post a preview link opens, or a redirect from an old slug keeping the link; never stored by a cache. */
    private Response preview(String slug, String token, PostShape shape) {
        PostReads.Lookup lookup = previews.open(slug, token);
        Response.ResponseBuilder answer = lookup instanceof PostReads.Lookup.MovedTo moved
                ? ApiUrls.movedPermanently(urls.withRequestQuery(uriInfo, "api/posts", moved.slug()))
                : represent(((PostReads.Lookup.Found) lookup).post(), shape);
        return answer.header(HttpHeaders.CACHE_CONTROL, PreviewLinks.CACHE_CONTROL).header("X-Robots-Tag", "noindex").build();
    }

    /** The 404 of every post route whose slug names no post the caller may see. */
    static ProblemException postNotFound(String slug) {
        return ProblemException.notFound("No post has the slug '" + slug + "'");
    }
}
