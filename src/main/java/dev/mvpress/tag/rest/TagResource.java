package dev.mvpress.tag.rest;


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

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Access;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.auth.Scope;
import dev.mvpress.post.Visibility;
import dev.mvpress.tag.api.TagInput;
import dev.mvpress.tag.api.TagView;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.tag.service.TagSort;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Links;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;
import dev.mvpress.kernel.Upsert;

import io.quarkus.runtime.annotations.RegisterForReflection;

// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Tags group posts; they are created on first use by a post")
public class TagResource {

    private final TagService service;
    private final MvpressConfig config;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Inject
    ApiUrls urls;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    private final dev.mvpress.auth.Caller caller;

    TagResource(TagService service, MvpressConfig config, ObjectMapper json, dev.mvpress.auth.Caller caller) {
        this.caller = caller;
        this.service = service;
        this.config = config;
        this.json = json;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listTags", summary = "List tags with their published post counts")
    @APIResponse(responseCode = "200", description = "One page of tags; Link header has first/prev/next/last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagPage.class),
                    examples = @ExampleObject(name = "tags", value = ApiDocs.TAG_PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Response listTags(
            @Parameter(description = "Order: name (default) or -postCount", schema = @Schema(enumeration = { "name", "-postCount" }))
            @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size) {
        TagSort order = Params.choice("sort", sort, TagSort.class, TagSort.NAME);
        return Links.paged(service.findAllTags(order, Params.page(page, size, config.paging()), caller.visibility()), uriInfo).build();
    }

    @GET
    @Path("/{slug}")
    @PublicRead
    @Operation(operationId = "getTag", summary = "Get one tag by slug")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class),
                    examples = @ExampleObject(name = "tag", value = ApiDocs.TAG)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public TagView getTag(@PathParam("slug") String slug) {
        return service.findTagBySlug(slug, caller.visibility()).orElseThrow(() -> notFound(slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "createTag", summary = "Create a tag")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TagInput.class), examples = @ExampleObject(name = "tag", value = ApiDocs.TAG_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new tag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { TagView.class, TagReceipt.class }),
                    examples = @ExampleObject(name = "tag", value = ApiDocs.TAG)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response createTag(String body) {
        TagView tag = service.persistTag(JsonBodies.read(json, body, TagInput.class));
        return ApiUrls.created(location(tag.slug())).entity(written(tag)).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "replaceTag", summary = "Replace a tag, or create it when the slug is free")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TagInput.class), examples = @ExampleObject(name = "tag", value = ApiDocs.TAG_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { TagView.class, TagReceipt.class }),
                    examples = @ExampleObject(name = "tag", value = ApiDocs.TAG)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { TagView.class, TagReceipt.class }),
                    examples = @ExampleObject(name = "tag", value = ApiDocs.TAG)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response replaceTag(@PathParam("slug") String slug, String body) {
        Upsert<TagView> result = service.replaceTag(slug, JsonBodies.read(json, body, TagInput.class), ifMatch());
        if (result.created()) {
            return ApiUrls.created(location(result.value().slug())).entity(written(result.value())).build();
        }
        return Response.ok(written(result.value())).build();
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "updateTag", summary = "Change some fields of a tag (JSON Merge Patch), e.g. rename it")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TagInput.class),
                    examples = @ExampleObject(name = "rename", value = "{\"name\": \".NET\"}")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagInput.class),
                    examples = @ExampleObject(name = "rename", value = "{\"name\": \".NET\"}")) })
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = { TagView.class, TagReceipt.class }),
                    examples = @ExampleObject(name = "tag", value = ApiDocs.TAG)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response updateTag(@PathParam("slug") String slug, String body) {
        return Response.ok(written(service.partialUpdateTag(slug, JsonBodies.readObject(json, body), ifMatch())
                .orElseThrow(() -> notFound(slug)))).build();
    }

    /**
     * A write answers no more than its caller may read: to a token without drafts:read, a tag that no
     * published post carries (a new one, say) comes back as its slug and version only.
     */
    private Object written(TagView tag) {
        if (caller.visibility().showsTag(tag.postCount())) {
            return tag;
        }
        return new TagReceipt(tag.slug(), tag.version());
    }

    /** What a write answers about a tag its caller may not read. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    @Schema(name = "TagReceipt", description = "The answer to a write by a token without drafts:read when no published"
            + " post carries the tag")
    public record TagReceipt(String slug, long version) {
    }

    @DELETE
    @Path("/{slug}")
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "deleteTag", summary = "Delete a tag and take it off its posts")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response deleteTag(@PathParam("slug") String slug) {
        if (!service.deleteTag(slug, ifMatch())) {
            throw notFound(slug);
        }
        return Response.noContent().build();
    }

    private java.util.function.Consumer<dev.mvpress.tag.Tag> ifMatch() {
        return IfMatch.from(headers, json, tag -> java.util.List.of(service.findTagBySlug(tag.slug, Visibility.ALL).orElseThrow()));
    }

    private String location(String slug) {
        return urls.of("api/tags", slug);
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("No tag has the slug '" + slug + "'");
    }

    /** For the OpenAPI document: the list envelope with tag items. */
    @Schema(name = "TagPage")
    public record TagPage(java.util.List<TagView> items, dev.mvpress.kernel.Page.PageInfo page) {
    }
}
