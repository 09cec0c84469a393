package dev.mvpress.auth;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

/**
 * What one operation needs, read from its {@link Access} or {@link PublicRead} declaration: no scope
 * for a public read, otherwise every listed scope. Read from the annotations at run time by the bearer
 * filter and from the Jandex index at build time by the OpenAPI filter, so both see one declaration.
 */
public record AccessRule(List<Scope> scopes) {

    public static final AccessRule PUBLIC = new AccessRule(List.of());
    /** A method that declares nothing is admin-only: the safe side (AccessDeclarationTest keeps it from happening). */
    public static final AccessRule UNDECLARED = new AccessRule(List.of(Scope.ADMIN));

    private static final DotName ACCESS = DotName.createSimple(Access.class);
    private static final DotName PUBLIC_READ = DotName.createSimple(PublicRead.class);

    public AccessRule {
        scopes = List.copyOf(scopes);
    }

    public boolean isPublic() {
        return scopes.isEmpty();
    }

    /** The declaration among a resource method's annotations, if it has exactly one. */
    public static Optional<AccessRule> of(Annotation[] annotations) {
        Optional<AccessRule> found = Optional.empty();
        int declarations = 0;
        for (Annotation annotation : annotations) {
            if (annotation instanceof Access access) {
                found = needing(List.of(access.value()));
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
        AnnotationValue value = access.value();
        List<Scope> scopes = new ArrayList<>();
        for (String name : value == null ? new String[0] : value.asEnumArray()) {
            scopes.add(Scope.valueOf(name));
        }
        return needing(scopes);
    }

    /** {@code @Access({})} would be a public write in disguise: it counts as no declaration. */
    private static Optional<AccessRule> needing(List<Scope> scopes) {
        return scopes.isEmpty() ? Optional.empty() : Optional.of(new AccessRule(scopes));
    }
}
