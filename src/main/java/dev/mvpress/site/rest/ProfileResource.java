package dev.mvpress.site.rest;

import jakarta.ws.rs.GET;
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

import dev.mvpress.auth.PublicRead;
import dev.mvpress.site.api.ProfileView;
import dev.mvpress.web.ApiDocs;

/** The author's public profile page, in one cacheable response. */
// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class ProfileResource {

    private final Profiles profiles;

    ProfileResource(Profiles profiles) {
        this.profiles = profiles;
    }

    @GET
    @PublicRead
    @Operation(operationId = "getProfile", summary = "The author's public profile page",
            description = "The site's author, counts of published posts and public contributions (by type), the 5"
                    + " newest published posts, the 10 newest public contributions and schema.org Person JSON-LD. The"
                    + " same public answer for every caller: drafts, scheduled posts and private contributions never"
                    + " appear, not even with a token that reads them.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class),
                    examples = @ExampleObject(name = "profile", value = SiteExamples.PROFILE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public ProfileView getProfile() {
        return profiles.profile();
    }
}
