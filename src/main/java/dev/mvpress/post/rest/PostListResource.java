package dev.mvpress.post.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.service.FoundPosts;
import dev.mvpress.post.service.PostBody;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.post.service.PostCursor;
import dev.mvpress.post.service.PostQuery;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.post.service.PostSort;
import dev.mvpress.post.service.StatusFilter;
import dev.mvpress.series.api.PostSeries;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.Links;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;

/**
 * Lists of posts: the post list (filters, search, numbered pages or keyset cursor) and the posts
 * related to one. The paths stay under /api/posts beside the single-post operations of {@link PostResource}.
 */
// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/posts")
@Tag(name = "Posts")
public class PostListResource {

    private final PostReads reads;
    private final PostViews views;
    private final Caller caller;
    private final TimeSource time;
    private final MvpressConfig config;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Inject
    ApiUrls urls;

    PostListResource(PostReads reads, PostViews views, Caller caller, TimeSource time, MvpressConfig config,
            ObjectMapper json) {
        this.json = json;
        this.reads = reads;
        this.views = views;
        this.caller = caller;
        this.time = time;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "listPosts", summary = "List posts, newest first",
            description = "Anonymous callers see published posts only. Items carry every field but markdown and html:"
                    + " include=body adds html, include=markdown adds markdown (include=body,markdown both); fields="
                    + " selects top-level fields of each item, the page envelope stays.")
    @APIResponse(responseCode = "200", description = "One page of posts; Link header has first/prev/next/last",
            headers = @Header(name = "Link", description = "RFC 8288 links to the first, previous, next and last page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostPage.class),
                    examples = {@ExampleObject(name = "posts", value = PostExamples.PAGE),
                            @ExampleObject(name = "fields=slug,title,url,publishedAt", value = PostExamples.PAGE_FIELDS)}))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response listPosts(
            @Parameter(
                    description = "Tag slug or name, as a post names it; repeat for posts that have all of them") @QueryParam("tag") List<String> tag,
            @Parameter(description = "Published on or after this day (UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Published on or before this day (UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Authenticated callers only: published (default), scheduled, draft or any",
                    schema = @Schema(
                            enumeration = {"published", "scheduled", "draft", "any"})) @QueryParam("status") String status,
            @Parameter(description = "Order; relevance only with q",
                    schema = @Schema(enumeration = {"-publishedAt", "publishedAt", "title", "-updatedAt",
                            "relevance"})) @QueryParam("sort") String sort,
            @Parameter(description = PostExamples.INCLUDE_LIST, schema = @Schema(type = SchemaType.STRING),
                    example = PostExamples.INCLUDE_BOTH) @QueryParam("include") List<String> include,
            @Parameter(description = PostExamples.FIELDS_DOC, schema = @Schema(type = SchemaType.STRING),
                    example = PostExamples.FIELDS) @QueryParam("fields") List<String> fields,
            @Parameter(description = "Full-text search over title, description and body: words, \"a phrase\", -excluded, or."
                    + " Best matches first unless sort is given; each item then has a snippet") @QueryParam("q") String q,
            @Parameter(description = "page.nextCursor of the previous page: keyset paging, stable while posts are added;"
                    + " not with page") @QueryParam("after") String after,
            @Parameter(description = "Only posts in this language or its regional forms (de: de, de-CH, de-AT); posts"
                    + " without a language of their own are in the site's", example = "de") @QueryParam("lang") String lang,
            @Parameter(description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100")) @QueryParam("size") String size) {
        var fromDay = Params.day("from", from);
        var toDay = Params.day("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        PostShape shape = PostShape.item(json, include, fields);
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
                after == null || after.isEmpty() ? null : PostCursor.decode(after), PostKind.POST,
                views.languageFilter("lang", lang));
        FoundPosts found = reads.findPosts(query, Params.page(page, size, config.paging()), caller.visibility(),
                shape.body());
        Instant now = time.now();
        Map<UUID, PostSeries> series = shape.shows("series") ? views.series(found.page().items(), caller.visibility())
                : Map.of();
        return Links
                .paged(found.page().map(p -> shape.apply(views.of(p, now, found.snippets().get(p.id()), series.get(p.id())))),
                        uriInfo)
                .build();
    }

    @GET
    @Path("/{slug}/related")
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "listRelatedPosts", summary = "Published posts that share the most tags with this one",
            description = "Newer first among posts sharing as many tags. Items carry every field but markdown and html"
                    + " (fields= may name them); fields= selects top-level fields of each item.")
    @APIResponse(responseCode = "200", description = "Up to limit related posts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostPage.class),
                    examples = {@ExampleObject(name = "related", value = PostExamples.PAGE),
                            @ExampleObject(name = "fields=slug,title,url,publishedAt", value = PostExamples.PAGE_FIELDS)}))
    @APIResponse(responseCode = "301", description = "The slug is an old one; Location has the current URL",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response listRelatedPosts(@PathParam("slug") String slug,
            @Parameter(description = "How many, 1 to 20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "20")) @QueryParam("limit") String limit,
            @Parameter(description = PostExamples.FIELDS_DOC, schema = @Schema(type = SchemaType.STRING),
                    example = PostExamples.FIELDS) @QueryParam("fields") List<String> fields) {
        int count = Params.intIn("limit", limit, 3, 1, 20);
        PostShape shape = PostShape.item(json, List.of(), fields);
        // Only the post's id is needed: read it without the body, as getPost does, before old slugs.
        UUID id = reads.findCardBySlug(slug, caller.visibility(), PostBody.NONE).map(PostCard::id).orElse(null);
        if (id == null) {
            PostReads.Lookup lookup = reads.findPostBySlug(slug, caller.visibility());
            if (lookup instanceof PostReads.Lookup.MovedTo moved) {
                return ApiUrls.movedPermanently(urls.withRequestQuery(uriInfo, "api/posts", moved.slug(), "related")).build();
            }
            if (!(lookup instanceof PostReads.Lookup.Found found)) {
                throw PostResource.postNotFound(slug);
            }
            id = found.post().id;
        }
        List<PostCard> related = reads.findRelatedPosts(id, count, shape.body());
        Instant now = time.now();
        Map<UUID, PostSeries> series = shape.shows("series") ? views.series(related, caller.visibility()) : Map.of();
        return Response.ok(Page.of(related.stream().map(p -> shape.apply(views.of(p, now, null, series.get(p.id())))).toList(),
                new PageRequest(1, count), related.size())).build();
    }

    /** For the OpenAPI document: the list envelope with post items. */
    @Schema(name = "PostPage")
    public record PostPage(List<PostView> items, Page.PageInfo page) {
    }
}
