package dev.mvpress.post.rest;

import java.time.Instant;
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

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Access;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.auth.Scope;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.api.PostInput;
import dev.mvpress.post.api.PostReceipt;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.service.FoundPosts;
import dev.mvpress.post.service.PostMarkdown;
import dev.mvpress.post.service.PostQuery;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.post.service.PostSort;
import dev.mvpress.post.service.PostWrites;
import dev.mvpress.post.service.StatusFilter;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.Links;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;

/**
 * Pages (about, uses, speaking): rows of post with kind page, written and read as posts are (JSON or markdown
 * with front matter, merge patch, old slugs redirecting), but never listed, fed or related as posts. Their
 * public URL follows {@code mvpress.site.page-path}. A post's slug is not found here, nor a page's at /api/posts.
 */
// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/pages")
@Tag(name = "Pages", description = "Standalone pages (about, uses, speaking), written like posts, never listed as posts")
public class PageResource extends ContentRoutes {

    private final MvpressConfig config;

    PageResource(PostReads reads, PostWrites writes, PostViews views, Caller caller, TimeSource time, ObjectMapper json,
            MvpressConfig config) {
        super(PostKind.PAGE, reads, writes, views, caller, time, json);
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "listPages", summary = "List pages, by title",
            description = "Anonymous callers see published pages only. Items carry every field but markdown and html.")
    @APIResponse(responseCode = "200", description = "One page of pages; Link header has first/prev/next/last",
            headers = @Header(name = "Link", description = "RFC 8288 links to the first, previous, next and last page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostListResource.PostPage.class),
                    examples = @ExampleObject(name = "pages", value = PostExamples.PAGES)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response listPages(
            @Parameter(description = "Authenticated callers only: published (default), scheduled, draft or any",
                    schema = @Schema(
                            enumeration = {"published", "scheduled", "draft", "any"})) @QueryParam("status") String status,
            @Parameter(description = "Order", schema = @Schema(enumeration = {"title", "-publishedAt", "publishedAt",
                    "-updatedAt"})) @QueryParam("sort") String sort,
            @Parameter(description = "Only pages in this language or its regional forms (de: de, de-CH, de-AT); pages"
                    + " without a language of their own are in the site's", example = "de") @QueryParam("lang") String lang,
            @Parameter(description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100")) @QueryParam("size") String size,
            @QueryParam("include") @Parameter(description = PostExamples.INCLUDE_LIST,
                    schema = @Schema(type = SchemaType.STRING), example = PostExamples.INCLUDE_BOTH) List<String> include,
            @QueryParam("fields") @Parameter(description = PostExamples.FIELDS_DOC,
                    schema = @Schema(type = SchemaType.STRING), example = PostExamples.FIELDS) List<String> fields) {
        PostShape shape = PostShape.item(json, include, fields);
        PostSort order = Params.choice("sort", sort, PostSort.class, PostSort.TITLE);
        if (order == PostSort.RELEVANCE) {
            throw ProblemException.invalid("sort", "relevance needs a search, and pages are not searched");
        }
        PostQuery query = new PostQuery(List.of(), null, null,
                Params.choice("status", status, StatusFilter.class, StatusFilter.PUBLISHED), order, null, null,
                PostKind.PAGE, views.languageFilter("lang", lang));
        FoundPosts found = reads.findPosts(query, Params.page(page, size, config.paging()), caller.visibility(), shape.body());
        Instant now = time.now();
        return Links.paged(found.page().map(p -> shape.apply(views.of(p, now, null))), uriInfo).build();
    }

    @GET
    @Path("/{slug}")
    @Produces({MediaType.APPLICATION_JSON, PostMarkdown.MEDIA_TYPE})
    @PublicRead
    @Operation(operationId = "getPage", summary = "Get one page by slug, as JSON or as markdown",
            description = "As getPost: with Accept: text/markdown a markdown document with front matter (kind: page) that"
                    + " can be PUT back unchanged; an old slug answers 301.")
    @APIResponse(responseCode = "200", description = "The page",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class),
                            examples = @ExampleObject(name = "page", value = PostExamples.PAGE_VIEW)),
                    @Content(mediaType = PostMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "markdown", value = PostExamples.PAGE_MARKDOWN))})
    @APIResponse(responseCode = "301", description = "The slug is an old one; Location has the current URL",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response getPage(@PathParam("slug") String slug,
            @QueryParam("include") @Parameter(description = PostExamples.INCLUDE_SINGLE,
                    schema = @Schema(type = SchemaType.STRING), example = PostExamples.INCLUDE_ONE) List<String> include,
            @QueryParam("fields") @Parameter(description = PostExamples.FIELDS_DOC,
                    schema = @Schema(type = SchemaType.STRING), example = PostExamples.FIELDS) List<String> fields) {
        return read(slug, PostShape.single(json, include, fields));
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, PostMarkdown.MEDIA_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "createPage", summary = "Create a page from JSON or from a markdown document",
            description = "As createPost; a page has no tags. A new page is a draft unless the input says otherwise.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "json", value = PostExamples.PAGE_INPUT)),
            @Content(mediaType = PostMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", value = PostExamples.PAGE_MARKDOWN))})
    @APIResponse(responseCode = "201", description = "Created; Location names the new page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {PostView.class, PostReceipt.class}),
                    examples = @ExampleObject(name = "page", value = PostExamples.PAGE_VIEW)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response createPage(String body, @QueryParam("include") @Parameter(description = PostExamples.INCLUDE_WRITE,
            schema = @Schema(type = SchemaType.STRING), example = PostExamples.INCLUDE_ONE) List<String> include) {
        return create(body, PostShape.single(json, include, List.of()));
    }

    @PUT
    @Path("/{slug}")
    @Consumes({MediaType.APPLICATION_JSON, PostMarkdown.MEDIA_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "replacePage", summary = "Replace a page, or create it when the slug is free",
            description = "Idempotent, as replacePost. A slug that is a post's is a 409.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "json", value = PostExamples.PAGE_INPUT)),
            @Content(mediaType = PostMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", value = PostExamples.PAGE_MARKDOWN))})
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {PostView.class, PostReceipt.class}),
                    examples = @ExampleObject(name = "page", value = PostExamples.PAGE_VIEW)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {PostView.class, PostReceipt.class}),
                    examples = @ExampleObject(name = "page", value = PostExamples.PAGE_VIEW)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response replacePage(@PathParam("slug") String slug, String body,
            @QueryParam("include") @Parameter(description = PostExamples.INCLUDE_WRITE,
                    schema = @Schema(type = SchemaType.STRING), example = PostExamples.INCLUDE_ONE) List<String> include) {
        return replace(slug, body, PostShape.single(json, include, List.of()));
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "updatePage", summary = "Change some fields of a page (JSON Merge Patch), e.g. publish it")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "publish", value = PostExamples.PUBLISH))})
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {PostView.class, PostReceipt.class}),
                    examples = @ExampleObject(name = "page", value = PostExamples.PAGE_VIEW)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response updatePage(@PathParam("slug") String slug, String body,
            @QueryParam("include") @Parameter(description = PostExamples.INCLUDE_WRITE,
                    schema = @Schema(type = SchemaType.STRING), example = PostExamples.INCLUDE_ONE) List<String> include) {
        return update(slug, body, PostShape.single(json, include, List.of()));
    }

    @DELETE
    @Path("/{slug}")
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "deletePage", summary = "Delete a page")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response deletePage(@PathParam("slug") String slug) {
        return delete(slug);
    }
}
