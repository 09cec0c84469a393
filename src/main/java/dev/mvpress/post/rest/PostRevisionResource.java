package dev.mvpress.post.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.auth.Access;
import dev.mvpress.auth.Scope;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostRevision;
import dev.mvpress.post.Visibility;
import dev.mvpress.post.api.PostRevisionList;
import dev.mvpress.post.api.PostRevisionView;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.post.service.PostRevisions;
import dev.mvpress.post.service.PostWrites;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.Params;
import dev.mvpress.web.ProblemException;

/**
 * A post's history: every write that changed it is kept as a revision, which authors with drafts:read
 * can list, read and restore. The paths stay under /api/posts/{slug} beside the post itself.
 */
// KnownQueryParams reads each operation's parameter annotations and the bearer filter its access
// declaration, which a native image keeps only for classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/posts")
@Tag(name = "Posts")
public class PostRevisionResource {

    private final PostReads reads;
    private final PostRevisions revisions;
    private final PostWrites writes;
    private final PostViews views;
    private final TimeSource time;
    private final ObjectMapper json;

    @Context
    HttpHeaders headers;

    PostRevisionResource(PostReads reads, PostRevisions revisions, PostWrites writes, PostViews views, TimeSource time,
            ObjectMapper json) {
        this.reads = reads;
        this.revisions = revisions;
        this.writes = writes;
        this.views = views;
        this.time = time;
        this.json = json;
    }

    @GET
    @Path("/{slug}/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.DRAFTS_READ)
    @Operation(operationId = "listPostRevisions", summary = "Every version of a post, newest first (needs drafts:read)")
    @APIResponse(responseCode = "200", description = "The post's history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostRevisionList.class),
                    examples = @ExampleObject(name = "revisions", value = PostExamples.REVISION_LIST)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public PostRevisionList listPostRevisions(@PathParam("slug") String slug) {
        return views.revisions(revisions.findRevisions(existing(slug)));
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.DRAFTS_READ)
    @Operation(operationId = "getPostRevision", summary = "One version of a post, in full (needs drafts:read)")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostRevisionView.class),
                    examples = @ExampleObject(name = "revision", value = PostExamples.REVISION)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public PostRevisionView getPostRevision(@PathParam("slug") String slug, @PathParam("number") String number) {
        return views.of(revision(existing(slug), number));
    }

    @POST
    @Path("/{slug}/revisions/{number}/restore")
    @Produces(MediaType.APPLICATION_JSON)
    @Access({Scope.POSTS_WRITE, Scope.DRAFTS_READ})
    @Operation(operationId = "restorePostRevision", summary = "Make an old version current again (a new revision)",
            description = "The post keeps its current slug; everything else is replaced by the revision's content.")
    @APIResponse(responseCode = "200", description = "The post, restored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class),
                    examples = @ExampleObject(name = "post", value = PostExamples.POST)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public PostView restorePostRevision(@PathParam("slug") String slug, @PathParam("number") String number,
            @QueryParam("include") @Parameter(description = PostExamples.INCLUDE_WRITE,
                    schema = @Schema(type = SchemaType.STRING),
                    example = PostExamples.INCLUDE_ONE) List<String> include) {
        // Declared with drafts:read too: a restore answers the revision's content (lean, as every write).
        PostShape shape = PostShape.single(json, include, List.of());
        Post post = existing(slug);
        Post restored = writes.restoreRevision(post, revision(post, number), views.ifMatch(headers, json, time));
        return views.of(restored, time.now(), shape.body());
    }

    private Post existing(String slug) {
        PostReads.Lookup lookup = reads.findPostBySlug(slug, Visibility.ALL);
        if (lookup instanceof PostReads.Lookup.Found found) {
            return found.post();
        }
        throw PostResource.postNotFound(slug);
    }

    private PostRevision revision(Post post, String number) {
        int n = Params.intIn("number", number, 0, 1, Integer.MAX_VALUE);
        return revisions.findRevision(post, n)
                .orElseThrow(() -> ProblemException.notFound("Post '" + post.slug + "' has no revision " + number));
    }
}
