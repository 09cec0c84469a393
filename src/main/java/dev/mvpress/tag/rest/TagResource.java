package dev.mvpress.tag.rest;

import java.util.List;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Access;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.auth.Scope;
import dev.mvpress.kernel.Page;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.tag.api.TagInput;
import dev.mvpress.tag.api.TagView;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.tag.service.TagSort;
import dev.mvpress.tag.service.TagWrites;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.Links;
import dev.mvpress.web.MergePatch;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;

// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Tags group posts; they are created on first use by a post")
public class TagResource {

    private final TagService service;
    private final TagWrites writes;
    private final MvpressConfig config;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Inject
    ApiUrls urls;

    @Context
    HttpHeaders headers;

    private final Caller caller;

    TagResource(TagService service, TagWrites writes, MvpressConfig config, ObjectMapper json, Caller caller) {
        this.caller = caller;
        this.service = service;
        this.writes = writes;
        this.config = config;
        this.json = json;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listTags", summary = "List tags with their published post counts")
    @APIResponse(responseCode = "200", description = "One page of tags; Link header has first/prev/next/last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagPage.class),
                    examples = @ExampleObject(name = "tags", value = TagExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Response listTags(
            @Parameter(description = "Order: name (default) or -postCount",
                    schema = @Schema(enumeration = {"name", "-postCount"})) @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100")) @QueryParam("size") String size) {
        TagSort order = Params.choice("sort", sort, TagSort.class, TagSort.NAME);
        return Links.paged(service.findAllTags(order, Params.page(page, size, config.paging()), caller.visibility()), uriInfo)
                .build();
    }

    @GET
    @Path("/{slug}")
    @PublicRead
    @Operation(operationId = "getTag", summary = "Get one tag by slug")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class),
                    examples = @ExampleObject(name = "tag", value = TagExamples.TAG)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public TagView getTag(@PathParam("slug") String slug) {
        return service.findTagBySlug(slug, caller.visibility()).orElseThrow(() -> notFound(slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "createTag", summary = "Create a tag")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TagInput.class),
            examples = @ExampleObject(name = "tag", value = TagExamples.INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new tag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {TagView.class, TagReceipt.class}),
                    examples = @ExampleObject(name = "tag", value = TagExamples.TAG)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response createTag(String body) {
        TagView tag = writes.persistTag(JsonBodies.read(json, body, TagInput.class));
        return ApiUrls.created(location(tag.slug())).entity(written(tag)).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "replaceTag", summary = "Replace a tag, or create it when the slug is free")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TagInput.class),
            examples = @ExampleObject(name = "tag", value = TagExamples.INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {TagView.class, TagReceipt.class}),
                    examples = @ExampleObject(name = "tag", value = TagExamples.TAG)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {TagView.class, TagReceipt.class}),
                    examples = @ExampleObject(name = "tag", value = TagExamples.TAG)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response replaceTag(@PathParam("slug") String slug, String body) {
        TagInput input = JsonBodies.read(json, body, TagInput.class);
        Upsert<TagView> result = writes.replaceTag(slug, input, TagViews.ifMatch(headers, json, service));
        if (result.created()) {
            return ApiUrls.created(location(result.value().slug())).entity(written(result.value())).build();
        }
        return Response.ok(written(result.value())).build();
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Access(Scope.POSTS_WRITE)
    @Operation(operationId = "updateTag",
            summary = "Change some fields of a tag (JSON Merge Patch), e.g. rename it or map it to a technology area")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TagInput.class),
                    examples = {@ExampleObject(name = "rename", value = TagExamples.RENAME),
                            @ExampleObject(name = "mapArea", value = TagExamples.MAP_AREA)}),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagInput.class),
                    examples = {@ExampleObject(name = "rename", value = TagExamples.RENAME),
                            @ExampleObject(name = "mapArea", value = TagExamples.MAP_AREA)})})
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {TagView.class, TagReceipt.class}),
                    examples = @ExampleObject(name = "tag", value = TagExamples.TAG)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response updateTag(@PathParam("slug") String slug, String body) {
        JsonNode patch = JsonBodies.readObject(json, body);
        return Response.ok(written(writes.partialUpdateTag(slug, patch, TagViews.ifMatch(headers, json, service))
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
    @RegisterForReflection
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
        if (!writes.deleteTag(slug, TagViews.ifMatch(headers, json, service))) {
            throw notFound(slug);
        }
        return Response.noContent().build();
    }

    private String location(String slug) {
        return urls.of("api/tags", slug);
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("No tag has the slug '" + slug + "'");
    }

    /** For the OpenAPI document: the list envelope with tag items. */
    @Schema(name = "TagPage")
    public record TagPage(List<TagView> items, Page.PageInfo page) {
    }
}
