package dev.mvpress.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import dev.mvpress.auth.AccessRule;

/**
 * Finishes the generated document where annotations cannot say it:
 * <ul>
 * <li>security from each resource method's access declaration, the one the bearer filter enforces:
 * an operation that needs a scope needs the token ({@code security: [{bearer: []}]}) and may answer
 * 403; a public read needs nothing and, with a token, also sees drafts
 * ({@code security: [{}, {bearer: []}]}); an operation that declares nothing fails the build;</li>
 * <li>merge-patch bodies get their own schemas ({@code PostPatch}, {@code TagPatch}): the input
 * schema with nothing required, since a patch sends only what changes;</li>
 * <li>{@code TagRef} is a string or an object, not an object with a oneOf;</li>
 * <li>conditional requests: If-None-Match and 304 on reads, If-Match and 412 on PUT, PATCH, DELETE.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiSecurityFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final DotName OPERATION = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.Operation");

    /** Each operation's declaration by operationId, read from the build-time index. */
    private final Map<String, AccessRule> declared = new HashMap<>();

    /** SmallRye OpenAPI hands a build-stage filter the application's index through this constructor. */
    public OpenApiSecurityFilter(IndexView index) {
        for (AnnotationInstance operation : index.getAnnotations(OPERATION)) {
            if (operation.value("operationId") != null && operation.target().kind() == AnnotationTarget.Kind.METHOD) {
                AccessRule.of(operation.target().asMethod())
                        .ifPresent(rule -> declared.put(operation.value("operationId").asString(), rule));
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme(ApiDocs.BEARER);
        SecurityRequirement anonymous = OASFactory.createSecurityRequirement();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                AccessRule rule = declared.get(op.getValue().getOperationId());
                if (rule == null) {
                    throw new IllegalStateException(op.getKey() + " " + path.getKey() + " (operationId "
                            + op.getValue().getOperationId() + ") declares no access: add @Access or @PublicRead");
                }
                op.getValue().setSecurity(rule.isPublic() ? List.of(anonymous, bearer) : List.of(bearer));
                conditionalRequests(op.getKey(), op.getValue());
                if (!rule.isPublic() && !op.getValue().getResponses().hasAPIResponse("403")) {
                    op.getValue().getResponses().addAPIResponse("403", OASFactory.createAPIResponse()
                            .ref("#/components/responses/Forbidden"));
                }
                if (op.getKey() == PathItem.HttpMethod.PATCH && op.getValue().getRequestBody() != null) {
                    for (MediaType media : op.getValue().getRequestBody().getContent().getMediaTypes().values()) {
                        usePatchSchema(openAPI, media);
                    }
                }
            }
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema tagRef = schemas == null ? null : schemas.get("TagRef");
        if (tagRef != null) {
            tagRef.setType(null);
            tagRef.setProperties(null);
        }
        stringOrObject(schemas, "SeriesRef");
    }

    /**
     * A reference that is a string or an object ({@code SeriesRef}), as {@code TagRef} above: not an object with a
     * oneOf, and the properties that hold it (a post's {@code series}, nullable) not typed object either.
     */
    private static void stringOrObject(Map<String, Schema> schemas, String name) {
        Schema ref = schemas == null ? null : schemas.get(name);
        if (ref == null) {
            return;
        }
        ref.setType(null);
        ref.setProperties(null);
        for (Schema schema : schemas.values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Schema property : schema.getProperties().values()) {
                List<Schema> anyOf = property.getAnyOf();
                if ((SCHEMAS + name).equals(property.getRef())
                        || anyOf != null && anyOf.stream().anyMatch(s -> (SCHEMAS + name).equals(s.getRef()))) {
                    property.setType(null);
                }
            }
        }
    }

    /** Every read can be revalidated with If-None-Match; every PUT, PATCH and DELETE can carry If-Match. */
    private static void conditionalRequests(PathItem.HttpMethod method, Operation operation) {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        if (method == PathItem.HttpMethod.GET) {
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("An ETag from an earlier response; 304 with no body when it still matches").schema(string));
            operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the ETag in If-None-Match is still current"));
        } else if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE) {
            operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                    .description("The ETag of the version this change is based on; 412 and nothing written when it is stale")
                    .schema(string));
            operation.getResponses().addAPIResponse("412", OASFactory.createAPIResponse()
                    .ref("#/components/responses/PreconditionFailed"));
        }
    }

    private static void usePatchSchema(OpenAPI openAPI, MediaType media) {
        Schema schema = media.getSchema();
        if (schema == null || schema.getRef() == null || !schema.getRef().endsWith("Input")) {
            return;
        }
        String inputName = schema.getRef().substring(SCHEMAS.length());
        String patchName = inputName.replace("Input", "Patch");
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (!schemas.containsKey(patchName)) {
            Schema input = schemas.get(inputName);
            Schema patch = OASFactory.createSchema()
                    .type(input.getType() == null ? null : new ArrayList<>(input.getType()))
                    .description("JSON Merge Patch (RFC 7396) of " + inputName + ": send only the fields that change;"
                            + " null removes an optional field")
                    .properties(input.getProperties());
            openAPI.getComponents().addSchema(patchName, patch);
        }
        media.setSchema(OASFactory.createSchema().ref(SCHEMAS + patchName));
    }
}
