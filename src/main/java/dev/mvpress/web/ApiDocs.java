package dev.mvpress.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The OpenAPI document's frame: info, server, license, the bearer scheme, the shared problem
 * responses and their examples; each feature keeps its own examples (PostExamples, TagExamples, ...).
 */
@OpenAPIDefinition(
        info = @Info(title = "MVPress API", version = "0.1.0",
                description = "Headless content API for a developer blog and a Microsoft MVP contribution log."
                        + " Reads of published content are anonymous; writes need `Authorization: Bearer <token>`.",
                license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0.html")),
        servers = @Server(url = "/", description = "This server"),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = ApiDocs.BEARER, type = SecuritySchemeType.HTTP,
                        scheme = "bearer",
                        description = "The admin token (MVPRESS_ADMIN_TOKEN) or a token from POST /api/tokens"),
                responses = {
                        @APIResponse(name = "BadRequest", description = "Invalid input; errors name each field",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "validation", value = ApiDocs.PROBLEM_400))),
                        @APIResponse(name = "Unauthorized", description = "No valid bearer token",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "unauthorized", value = ApiDocs.PROBLEM_401))),
                        @APIResponse(name = "Forbidden", description = "The token lacks the scope this operation needs",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "forbidden", value = ApiDocs.PROBLEM_403))),
                        @APIResponse(name = "NotFound", description = "No such resource, or not visible to this caller",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "notFound", value = ApiDocs.PROBLEM_404))),
                        @APIResponse(name = "NotAcceptable", description = "None of the media types in Accept can be produced",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "notAcceptable", value = ApiDocs.PROBLEM_406))),
                        @APIResponse(name = "PreconditionFailed",
                                description = "If-Match does not match the current resource; nothing was written",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "stale", value = ApiDocs.PROBLEM_412))),
                        @APIResponse(name = "Conflict",
                                description = "Conflicts with what is stored: a slug is taken, or a catalog entry is in use",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "conflict", value = ApiDocs.PROBLEM_409)))}))
public class ApiDocs extends Application {

    public static final String BEARER = "bearer";
    public static final String BAD_REQUEST = "#/components/responses/BadRequest";
    public static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
    public static final String NOT_FOUND = "#/components/responses/NotFound";
    public static final String FORBIDDEN = "#/components/responses/Forbidden";
    public static final String CONFLICT = "#/components/responses/Conflict";
    public static final String NOT_ACCEPTABLE = "#/components/responses/NotAcceptable";

    public static final String PROBLEM_400 = """
            {"type": "urn:mvpress:problem:validation", "title": "Invalid request", "status": 400,
             "detail": "title: must not be blank", "instance": "/api/posts",
             "errors": [{"field": "title", "message": "must not be blank"}]}""";
    public static final String PROBLEM_401 = """
            {"type": "urn:mvpress:problem:unauthorized", "title": "Authentication required", "status": 401,
             "detail": "This operation needs 'Authorization: Bearer <token>'", "instance": "/api/posts"}""";
    public static final String PROBLEM_403 = """
            {"type": "urn:mvpress:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "This token lacks the scope posts:write that this operation needs", "instance": "/api/posts"}""";
    public static final String PROBLEM_404 = """
            {"type": "urn:mvpress:problem:not-found", "title": "Not found", "status": 404,
             "detail": "No post has the slug 'no-such-post'", "instance": "/api/posts/no-such-post"}""";
    public static final String PROBLEM_406 =
            """
                    {"type": "about:blank", "title": "Not Acceptable", "status": 406,
                     "detail": "None of the media types in Accept 'application/pdf' can be produced here", "instance": "/api/sitemap.xml"}""";
    public static final String PROBLEM_412 =
            """
                    {"type": "urn:mvpress:problem:precondition-failed", "title": "Precondition failed", "status": 412,
                     "detail": "If-Match does not match the current resource: it has changed since that ETag; fetch it again and reapply your change",
                     "instance": "/api/posts/hello"}""";
    public static final String PROBLEM_409 = """
            {"type": "urn:mvpress:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "slug: a post with slug 'hello' already exists", "instance": "/api/posts",
             "errors": [{"field": "slug", "message": "a post with slug 'hello' already exists"}]}""";
}
