package dev.mvpress.change;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.auth.Caller;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.Params;

// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/changes")
@Tag(name = "Changes", description = "Incremental sync for static-site builds and caches")
public class ChangeResource {

    private final ChangeService changes;
    private final Caller caller;

    ChangeResource(ChangeService changes, Caller caller) {
        this.changes = changes;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "listChanges", summary = "Every create, update and delete since a cursor, in transaction order",
            description = "Start without since, then pass nextCursor each time. A deletion is a tombstone; for anything"
                    + " else fetch the resource. No change is ever skipped, even when transactions commit out of order."
                    + " Without a token, changes that readers could not see are left out, and a scheduled post going"
                    + " live appears as an update.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeFeed.class),
                    examples = @ExampleObject(name = "changes", value = ChangeExamples.FEED)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public ChangeFeed listChanges(
            @Parameter(
                    description = "nextCursor of the previous call; absent to start from the beginning") @QueryParam("since") String since,
            @Parameter(description = "At most this many changes, 1 to 1000",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                            maximum = "1000")) @QueryParam("limit") String limit) {
        return changes.changesSince(ChangeCursor.decode(since), Params.intIn("limit", limit, 100, 1, 1000),
                caller.visibility());
    }
}
