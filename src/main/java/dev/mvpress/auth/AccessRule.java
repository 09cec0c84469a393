package dev.mvpress.auth;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

/**
 * What one operation needs, read from its {@link Access} or {@link PublicRead} declaration: no scope
 * for a public read, otherwise every scope of {@code scopes} and, when {@code anyOf} is not empty, one of
 * {@code anyOf}. Read from the annotations at run time by the bearer filter and from the Jandex index at
 * build time by the OpenAPI filter, so both see one declaration.
 */
public record AccessRule(List<Scope> scopes, List<Scope> anyOf) {

    public static final AccessRule PUBLIC = new AccessRule(List.of());
    /** A method that declares nothing is admin-only: the safe side (AccessDeclarationTest keeps it from happening). */
    public static final AccessRule UNDECLARED = new AccessRule(List.of(Scope.ADMIN));

    private static final DotName ACCESS = DotName.createSimple(Access.class);
    private static final DotName PUBLIC_READ = DotName.createSimple(PublicRead.class);

    public AccessRule {
        scopes = List.copyOf(scopes);
        anyOf = List.copyOf(anyOf);
    }

    /** A rule needing every one of these scopes. */
    public AccessRule(List<Scope> scopes) {
        this(scopes, List.of());
    }

    public boolean isPublic() {
        return scopes.isEmpty() && anyOf.isEmpty();
    }

    /**
     * Why a token holding what {@code has} accepts may not call the operation, or empty when it may:
     * "the scope drafts:read", "one of the scopes drafts:read or posts:write".
     */
    public Optional<String> lacking(Predicate<Scope> has) {
        List<Scope> missing = scopes.stream().filter(has.negate()).toList();
        boolean noneOf = !anyOf.isEmpty() && anyOf.stream().noneMatch(has);
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("the scope" + (missing.size() > 1 ? "s " : " ") + joined(missing, " and "));
        }
        if (noneOf) {
            parts.add(anyOf.size() == 1 ? "the scope " + anyOf.get(0) : "one of the scopes " + joined(anyOf, " or "));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", parts));
    }

    /** What the operation needs, as a sentence's end: "posts:write and drafts:read", "drafts:read or posts:write". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!scopes.isEmpty()) {
            parts.add(joined(scopes, " and "));
        }
        if (!anyOf.isEmpty()) {
            parts.add(scopes.isEmpty() ? joined(anyOf, " or ") : "one of " + joined(anyOf, " or "));
        }
        return String.join(" and ", parts);
    }

    private static String joined(List<Scope> scopes, String separator) {
        return scopes.stream().map(Scope::toString).collect(Collectors.joining(separator));
    }

    /** The declaration among a resource method's annotations, if it has exactly one. */
    public static Optional<AccessRule> of(Annotation[] annotations) {
        Optional<AccessRule> found = Optional.empty();
        int declarations = 0;
        for (Annotation annotation : annotations) {
            if (annotation instanceof Access access) {
                found = needing(List.of(access.value()), List.of(access.anyOf()));
                declarations++;
            } else if (annotation instanceof PublicRead) {
                found = Optional.of(PUBLIC);
                declarations++;
            }
        }
        return declarations == 1 ? found : Optional.empty();
    }

    /** The same, from the build-time index (the OpenAPI document is generated before any class is loaded). */
    public static Optional<AccessRule> of(MethodInfo method) {
        AnnotationInstance access = method.declaredAnnotation(ACCESS);
        boolean publicRead = method.hasDeclaredAnnotation(PUBLIC_READ);
        if (access != null == publicRead) {
            return Optional.empty();
        }
        if (publicRead) {
            return Optional.of(PUBLIC);
        }
        return needing(scopes(access.value()), scopes(access.value("anyOf")));
    }

    private static List<Scope> scopes(AnnotationValue value) {
        List<Scope> scopes = new ArrayList<>();
        for (String name : value == null ? new String[0] : value.asEnumArray()) {
            scopes.add(Scope.valueOf(name));
        }
        return scopes;
    }

    /**
     * {@code @Access({})} would be a public write in disguise: it counts as no declaration. So does
     * {@code anyOf} with a single scope, which says "needs this one" in a misleading way.
     */
    private static Optional<AccessRule> needing(List<Scope> scopes, List<Scope> anyOf) {
        if (scopes.isEmpty() && anyOf.isEmpty() || anyOf.size() == 1) {
            return Optional.empty();
        }
        return Optional.of(new AccessRule(scopes, anyOf));
    }
}
