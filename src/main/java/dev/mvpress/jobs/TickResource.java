package dev.mvpress.jobs;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.auth.Access;
import dev.mvpress.auth.Scope;
import dev.mvpress.web.ApiDocs;

@RegisterForReflection(fields = false)
@Path("/api/tick")
@Tag(name = "Jobs", description = "The periodic work, for a platform scheduler when instances scale to zero")
public class TickResource {

    private final Ticker ticker;

    TickResource(Ticker ticker) {
        this.ticker = ticker;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.JOBS)
    @Operation(operationId = "tick", summary = "Run the periodic work now",
            description = "Turns committed changes into webhook events, emits post.published for scheduled posts"
                    + " whose time came, and delivers due webhooks and deploy hooks. Idempotent and safe to call"
                    + " from several places at once: each piece of work is done once. Call it every minute from"
                    + " Cloud Scheduler, EventBridge Scheduler or a cron trigger (docs/deploy.md) when instances"
                    + " scale to zero; while an instance runs, its in-process scheduler ticks too.")
    @APIResponse(responseCode = "200", description = "What the tick did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TickReport.class),
                    examples = @ExampleObject(name = "report", value = JobsExamples.REPORT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public TickReport tick() {
        return ticker.tick();
    }
}
