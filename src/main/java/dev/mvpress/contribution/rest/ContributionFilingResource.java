package dev.mvpress.contribution.rest;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.auth.Access;
import dev.mvpress.auth.Caller;
import dev.mvpress.auth.Scope;
import dev.mvpress.contribution.api.ContributionView;
import dev.mvpress.contribution.api.FilingInput;
import dev.mvpress.contribution.service.CatalogService;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.contribution.service.FilingLedger;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.ApiDocs;

/** The filing ledger: which entries are filed in the MVP portal, marked in bulk after filing them there. */
@RegisterForReflection(fields = false)
@Path("/api/contributions")
@Tag(name = "Contributions")
public class ContributionFilingResource {

    private final FilingLedger ledger;
    private final ContributionService service;
    private final CatalogService catalogs;
    private final Caller caller;

    ContributionFilingResource(FilingLedger ledger, ContributionService service, CatalogService catalogs, Caller caller) {
        this.ledger = ledger;
        this.service = service;
        this.catalogs = catalogs;
        this.caller = caller;
    }

    @POST
    @Path("/filings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Access(Scope.CONTRIBUTIONS_WRITE)
    @Operation(operationId = "recordFilings", summary = "Mark entries filed in the MVP portal, in bulk",
            description = "After filing entries in the portal (GET /api/contributions?filed=false lists those not filed"
                    + " yet), send their ids, each with the id the portal answered if it gave one. Sets portalId (a"
                    + " re-mark without one keeps the recorded id) and filedAt (default now) and clears"
                    + " changedSinceFiling; marking is not itself a change since filing. {\"id\": ..., \"filed\": false}"
                    + " marks an entry not filed. All or none: an unknown id, an entry the token cannot read, a bad"
                    + " portalId is a 400 naming the line ([2].id) and nothing is marked. At most "
                    + FilingLedger.MAX_ENTRIES + " entries per request. Answers the entries in the body's order, as"
                    + " GET shows them to this token (the filing state only with drafts:read).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = FilingInput.class),
            examples = {@ExampleObject(name = "filed", value = ContributionExamples.FILINGS),
                    @ExampleObject(name = "notFiled", value = ContributionExamples.UNFILE)}))
    @APIResponse(responseCode = "200", description = "The entries, marked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ContributionView.class),
                    examples = @ExampleObject(name = "filed", value = ContributionExamples.FILED)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public List<ContributionView> recordFilings(String body) {
        Visibility visibility = caller.visibility();
        CatalogService.Catalogs catalog = visibility.all() ? catalogs.loadCatalogs() : null;
        // Every entry marked is one the caller can read: the ledger refuses the others as unknown.
        return ledger.recordFilings(body, visibility).stream()
                .map(c -> ContributionViews.of(c, visibility, service.url(c), catalog)).toList();
    }
}
