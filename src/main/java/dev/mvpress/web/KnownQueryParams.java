package dev.mvpress.web;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;

import dev.mvpress.kernel.Suggestions;

/**
 * A query parameter the matched operation does not declare is a 400 naming it, with the closest
 * declared one: {@code ?tags=dotnet} would otherwise list every post as if unfiltered.
 */
public class KnownQueryParams {

    private final Map<String, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = 200)
    public void check(ContainerRequestContext request, ResourceInfo info) {
        if (!(info instanceof ResteasyReactiveResourceInfo resource) || resource.getMethodId() == null) {
            return;
        }
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters();
        if (given.isEmpty()) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(resource.getMethodId(), id -> namesOf(resource));
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : new TreeSet<>(given.keySet())) {
            if (!known.contains(name)) {
                errors.add(new Problem.FieldError(name, unknown(name, known)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static Set<String> namesOf(ResteasyReactiveResourceInfo resource) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < resource.getParameterTypes().length; i++) {
            for (Annotation annotation : resource.getParameterAnnotations(i)) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        return Set.copyOf(names);
    }

    static String unknown(String name, Set<String> known) {
        if (known.isEmpty()) {
            return "is not a query parameter of this operation, which takes none";
        }
        String closest = Suggestions.closest(name, known);
        return "is not a query parameter of this operation"
                + (closest != null ? "; did you mean '" + closest + "'?" : "")
                + "; known: " + known.stream().sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
    }
}
