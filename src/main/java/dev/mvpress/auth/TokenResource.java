package dev.mvpress.auth;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.PlainText;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.ProblemException;

// KnownQueryParams and the bearer filter read each operation's annotations, which a native image keeps
// only for classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "API tokens for scripts and apps; managing them needs the admin scope")
public class TokenResource {

    @RegisterForReflection
    @Schema(name = "TokenInput")
    public record TokenInput(
            @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = "sync-script") String name,
            @NotNull @Size(min = 1, message = "at least one scope") @Schema(required = true,
                    examples = TokenExamples.SCOPES) List<@NotNull Scope> scopes) {
    }

    @RegisterForReflection
    @Schema(name = "Token")
    public record TokenView(String id, String name,
            @Schema(description = "The start of the secret, to tell tokens apart") String prefix,
            List<String> scopes, Instant createdAt,
            @Schema(nullable = true, description = "Updated at most once a minute") Instant lastUsedAt,
            @Schema(nullable = true) Instant revokedAt) {
    }

    @RegisterForReflection
    @Schema(name = "CreatedToken")
    public record CreatedToken(String id, String name, String prefix, List<String> scopes, Instant createdAt,
            @Schema(nullable = true) Instant lastUsedAt, @Schema(nullable = true) Instant revokedAt,
            @Schema(description = "The secret: shown now and never again; send it as 'Authorization: Bearer <secret>'") String secret) {
    }

    @Schema(name = "TokenList")
    public record TokenList(List<TokenView> items) {
    }

    private final TokenService tokens;
    private final InputValidator validator;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Inject
    ApiUrls urls;

    TokenResource(TokenService tokens, InputValidator validator, ObjectMapper json) {
        this.tokens = tokens;
        this.validator = validator;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Scope.ADMIN)
    @Operation(operationId = "createToken", summary = "Create a token; its secret is in this answer only")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenInput.class),
            examples = @ExampleObject(name = "script", value = TokenExamples.INPUT)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedToken.class),
                    examples = @ExampleObject(name = "created", value = TokenExamples.CREATED)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response createToken(String body) {
        TokenInput input = JsonBodies.read(json, body, TokenInput.class);
        validator.validate(input);
        Set<Scope> scopes = EnumSet.copyOf(input.scopes());
        TokenService.Created created = tokens.create(input.name(), scopes);
        String location = urls.of("api/tokens", created.token().id.toString());
        return ApiUrls.created(location).entity(TokenViews.created(created)).build();
    }

    @GET
    @Access(Scope.ADMIN)
    @Operation(operationId = "listTokens", summary = "List tokens, newest first, without their secrets")
    @APIResponse(responseCode = "200", description = "Every token, revoked ones included",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenList.class),
                    examples = @ExampleObject(name = "tokens", value = TokenExamples.LIST)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public TokenList listTokens() {
        return new TokenList(tokens.list().stream().map(TokenViews::of).toList());
    }

    @DELETE
    @Path("/{id}")
    @Access(Scope.ADMIN)
    @Operation(operationId = "revokeToken", summary = "Revoke a token, at once, on every instance")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response revokeToken(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No token has the id '" + id + "'");
        }
        if (!tokens.revoke(uuid)) {
            throw ProblemException.notFound("No token has the id '" + id + "'");
        }
        return Response.noContent().build();
    }
}
