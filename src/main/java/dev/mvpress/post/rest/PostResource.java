package dev.mvpress.post.rest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;

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

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Access;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.auth.Scope;
import dev.mvpress.post.Post;
import dev.mvpress.post.api.PostInput;
import dev.mvpress.post.api.PostReceipt;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.service.FoundPosts;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.post.service.PostCursor;
import dev.mvpress.post.service.PostMarkdown;
import dev.mvpress.post.service.PostQuery;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.post.service.PostSort;
import dev.mvpress.post.service.PostWrites;
import dev.mvpress.post.service.StatusFilter;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Links;
import dev.mvpress.web.MergePatch;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.Upsert;

import io.quarkus.runtime.annotations.RegisterForReflection;

// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/posts")
@Tag(name = "Posts", description = "Blog posts, written as JSON or as markdown with YAML front matter")
public class PostResource {

    private static final MediaType MARKDOWN = MediaType.valueOf(PostMarkdown.MEDIA_TYPE);
    private static final String MARKDOWN_UTF8 = PostMarkdown.MEDIA_TYPE + "; charset=UTF-8";

    private final PostReads reads;
    private final PostWrites writes;
    private final PostViews views;
    private final Caller caller;
    private final TimeSource time;
    private final MvpressConfig config;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Inject
    ApiUrls urls;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    PostResource(PostReads reads, PostWrites writes, PostViews views, Caller caller, TimeSource time, MvpressConfig config,
            ObjectMapper json) {
        this.reads = reads;
        this.writes = writes;
        this.views = views;
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "listPosts", summary = "List posts, newest first",
            description = "Anonymous callers see published posts only. Items carry every field but markdown and html"
                    + " unless include=body.")
    @APIResponse(responseCode = "200", description = "One page of posts; Link header has first/prev/next/last",
            headers = @Header(name = "Link", description = "RFC 8288 links to the first, previous, next and last page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostPage.class),
                    examples = @ExampleObject(name = "posts", value = ApiDocs.POST_PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response listPosts(
            @Parameter(description = "Tag slug or name, as a post names it; repeat for posts that have all of them") @QueryParam("tag") List<String> tag,
            @Parameter(description = "Published on or after this day (UTC)", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Published on or before this day (UTC)", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Authenticated callers only: published (default), scheduled, draft or any",
                    schema = @Schema(enumeration = { "published", "scheduled", "draft", "any" }))
            @QueryParam("status") String status,
            @Parameter(description = "Order; relevance only with q",
                    schema = @Schema(enumeration = { "-publishedAt", "publishedAt", "title", "-updatedAt", "relevance" }))
            @QueryParam("sort") String sort,
            @Parameter(description = "body: include markdown and html in each item", schema = @Schema(enumeration = { "body" }))
            @QueryParam("include") String include,
            @Parameter(description = "Full-text search over title, description and body: words, \"a phrase\", -excluded, or."
                    + " Best matches first unless sort is given; each item then has a snippet")
            @QueryParam("q") String q,
            @Parameter(description = "page.nextCursor of the previous page: keyset paging, stable while posts are added;"
                    + " not with page") @QueryParam("after") String after,
            @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size) {
        var fromDay = Params.day("from", from);
        var toDay = Params.day("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (include != null && !include.isEmpty() && !include.equals("body")) {
            throw ProblemException.invalid("include", "'" + include + "' is not one of body");
        }
        List<String> tagSlugs = tag.stream().map(t -> TagService.filterSlug(t, "tag")).toList();
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > 200) {
            throw ProblemException.invalid("q", "at most 200 characters");
        }
        if (after != null && !after.isEmpty() && page != null && !page.isEmpty()) {
            throw ProblemException.invalid("after", "give either page or after, not both");
        }
        PostQuery query = new PostQuery(tagSlugs, fromDay, toDay,
                Params.choice("status", status, StatusFilter.class, StatusFilter.PUBLISHED),
                Params.choice("sort", sort, PostSort.class, null), search,
                after == null || after.isEmpty() ? null : PostCursor.decode(after));
        FoundPosts found = reads.findPosts(query, Params.page(page, size, config.paging()), caller.visibility(),
                "body".equals(include));
        Instant now = time.now();
        return Links.paged(found.page().map(p -> views.of(p, now, found.snippets().get(p.id()))), uriInfo).build();
    }

    @GET
    @Path("/{slug}")
    @Produces({ MediaType.APPLICATION_JSON, PostMarkdown.MEDIA_TYPE })
    @PublicRead
    @Operation(operationId = "getPost", summary = "Get one post by slug, as JSON or as markdown",
            description = "With Accept: text/markdown the post comes back as a markdown document with YAML front matter"
                    + " that can be PUT back unchanged. An old slug answers 301 to the current one.")
    @APIResponse(responseCode = "200", description = "The post",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class),
                            examples = @ExampleObject(name = "post", value = ApiDocs.POST)),
                    @Content(mediaType = PostMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "markdown", value = ApiDocs.POST_MARKDOWN)) })
    @APIResponse(responseCode = "301", description = "The slug is an old one; Location has the current URL",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response getPost(@PathParam("slug") String slug) {
        if (!wantsMarkdown()) {
            // The common read: one statement for the post and its tags, straight to JSON.
            Optional<PostCard> card = reads.findCardBySlug(slug, caller.visibility(), true);
            if (card.isPresent()) {
                return Response.ok(views.of(card.get(), time.now(), null), MediaType.APPLICATION_JSON_TYPE).build();
            }
        }
        PostReads.Lookup lookup = reads.findPostBySlug(slug, caller.visibility());
        if (lookup instanceof PostReads.Lookup.Found found) {
            return represent(found.post(), Response.Status.OK).build();
        }
        if (lookup instanceof PostReads.Lookup.MovedTo moved) {
            return ApiUrls.movedPermanently(location(moved.slug())).build();
        }
        throw notFound(slug);
    }

    @GET
    @Path("/{slug}/related")
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "listRelatedPosts", summary = "Published posts that share the most tags with this one",
            description = "Newer first among posts sharing as many tags. Items carry every field but markdown and html.")
    @APIResponse(responseCode = "200", description = "Up to limit related posts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostPage.class),
                    examples = @ExampleObject(name = "related", value = ApiDocs.POST_PAGE)))
    @APIResponse(responseCode = "301", description = "The slug is an old one; Location has the current URL",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response listRelatedPosts(@PathParam("slug") String slug,
            @Parameter(description = "How many, 1 to 20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20"))
            @QueryParam("limit") String limit) {
        int count = Params.intIn("limit", limit, 3, 1, 20);
        // Only the post's id is needed: read it without the body, as getPost does, before old slugs.
        UUID id = reads.findCardBySlug(slug, caller.visibility(), false).map(PostCard::id).orElse(null);
        if (id == null) {
            PostReads.Lookup lookup = reads.findPostBySlug(slug, caller.visibility());
            if (lookup instanceof PostReads.Lookup.MovedTo moved) {
                return ApiUrls.movedPermanently(urls.withRequestQuery(uriInfo, "api/posts", moved.slug(), "related")).build();
            }
            if (!(lookup instanceof PostReads.Lookup.Found found)) {
                throw notFound(slug);
            }
            id = found.post().id;
        }
        List<PostCard> related = reads.findRelatedPosts(id, count);
        Instant now = time.now();
        return Response.ok(Page.of(related.stream().map(p -> views.of(p, now, null)).toList(),
                new PageRequest(1, count), related.size())).build();
    }

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, PostMarkdown.MEDIA_TYPE })
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "createPost", summary = "Create a post from JSON or from a markdown document",
            description = "The slug is derived from the title when not given (a taken derived slug gets -2, -3, ...);"
                    + " an explicit slug that is taken is a 409. A new post is a draft unless the input says otherwise.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "json", value = ApiDocs.POST_INPUT)),
            @Content(mediaType = PostMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", value = ApiDocs.POST_MARKDOWN)) })
    @APIResponse(responseCode = "201", description = "Created; Location names the new post (to a token without drafts:read, a PostReceipt when the post is not published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { PostView.class, PostReceipt.class }),
                    examples = @ExampleObject(name = "post", value = ApiDocs.POST)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response createPost(String body) {
        Post post = writes.createPost(input(body));
        return ApiUrls.created(location(post.slug)).entity(written(post)).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes({ MediaType.APPLICATION_JSON, PostMarkdown.MEDIA_TYPE })
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "replacePost", summary = "Replace a post, or create it when the slug is free",
            description = "Idempotent: syncing a folder of markdown files is one PUT per file. Status and publishedAt"
                    + " are kept when the input leaves them out; a different slug in the body renames the post.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "json", value = ApiDocs.POST_INPUT)),
            @Content(mediaType = PostMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", value = ApiDocs.POST_MARKDOWN)) })
    @APIResponse(responseCode = "200", description = "Replaced (to a token without drafts:read, a PostReceipt when the post is not published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { PostView.class, PostReceipt.class }),
                    examples = @ExampleObject(name = "post", value = ApiDocs.POST)))
    @APIResponse(responseCode = "201", description = "Created (to a token without drafts:read, a PostReceipt when the post is not published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { PostView.class, PostReceipt.class }),
                    examples = @ExampleObject(name = "post", value = ApiDocs.POST)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response replacePost(@PathParam("slug") String slug, String body) {
        Upsert<Post> result = writes.replacePost(slug, input(body), ifMatch());
        if (result.created()) {
            return ApiUrls.created(location(result.value().slug)).entity(written(result.value())).build();
        }
        return Response.ok(written(result.value())).build();
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "updatePost", summary = "Change some fields of a post (JSON Merge Patch), e.g. publish it")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "publish", value = "{\"status\": \"published\"}")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostInput.class),
                    examples = @ExampleObject(name = "schedule",
                            value = "{\"status\": \"scheduled\", \"publishedAt\": \"2030-01-01T09:00:00Z\"}")) })
    @APIResponse(responseCode = "200", description = "Updated (to a token without drafts:read, a PostReceipt when the post is not published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { PostView.class, PostReceipt.class }),
                    examples = @ExampleObject(name = "post", value = ApiDocs.POST)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response updatePost(@PathParam("slug") String slug, String body) {
        Post post = writes.partialUpdatePost(slug, JsonBodies.readObject(json, body), ifMatch()).orElseThrow(() -> notFound(slug));
        return Response.ok(written(post)).build();
    }

    /**
     * A write answers no more than its caller may read: the whole post when it is published or the
     * caller has drafts:read, otherwise only what identifies the post.
     */
    private Object written(Post post) {
        Instant now = time.now();
        if (caller.visibility().shows(post, now)) {
            return views.of(post, now);
        }
        return new PostReceipt(post.slug, post.effectiveStatus(now), post.version);
    }

    @DELETE
    @Path("/{slug}")
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "deletePost", summary = "Delete a post")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response deletePost(@PathParam("slug") String slug) {
        if (!writes.deletePost(slug, ifMatch())) {
            throw notFound(slug);
        }
        return Response.noContent().build();
    }

    private java.util.function.Consumer<Post> ifMatch() {
        return views.ifMatch(headers, json, time);
    }

    private PostInput input(String body) {
        MediaType type = headers.getMediaType();
        if (type != null && type.isCompatible(MARKDOWN)) {
            return PostMarkdown.read(body == null ? "" : body);
        }
        return JsonBodies.read(json, body, PostInput.class);
    }

    private boolean wantsMarkdown() {
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MARKDOWN).build());
        return chosen != null && chosen.getMediaType().isCompatible(MARKDOWN);
    }

    private Response.ResponseBuilder represent(Post post, Response.Status status) {
        Instant now = time.now();
        if (wantsMarkdown()) {
            return Response.status(status).type(MARKDOWN_UTF8).entity(PostMarkdown.write(post, now));
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(views.of(post, now));
    }

    private String location(String slug) {
        return urls.of("api/posts", slug);
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("No post has the slug '" + slug + "'");
    }

    /** For the OpenAPI document: the list envelope with post items. */
    @Schema(name = "PostPage")
    public record PostPage(List<PostView> items, Page.PageInfo page) {
    }
}
