package dev.mvpress.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States in the document exactly what the bearer filter enforces: writes need the bearer token;
 * reads need nothing and, with a token, also see drafts ({@code security: [{}, {bearer: []}]}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiSecurityFilter implements OASFilter {

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
                boolean read = op.getKey() == PathItem.HttpMethod.GET || op.getKey() == PathItem.HttpMethod.HEAD;
                op.getValue().setSecurity(read ? List.of(anonymous, bearer) : List.of(bearer));
            }
        }
    }
}
