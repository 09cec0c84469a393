package dev.mvpress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.mvpress.auth.AccessRule;

/** Every resource method in the compiled application, with the access it declares (read as the bearer filter reads it). */
public final class Declarations {

    /** One resource method: its HTTP method, operationId and declaration (empty when it declares none or two). */
    public record Declared(Method method, String verb, String operationId, Optional<AccessRule> rule) {

        public String where() {
            return verb + " " + method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    private Declarations() {
    }

    /** Classes annotated with {@code @Path} under target/classes, found by walking the compiled output. */
    public static List<Class<?>> resourceClasses() {
        Path root = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> resources = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".class") && !p.toString().endsWith("-info.class"))
                    .toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, Declarations.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(type);
                }
            }
            resources.sort(Comparator.comparing(Class::getName));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Declared> resourceMethods() {
        List<Declared> methods = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Operation operation = method.getAnnotation(Operation.class);
                    methods.add(new Declared(method, verb, operation == null ? null : operation.operationId(),
                            AccessRule.of(method.getAnnotations())));
                }
            }
        }
        return methods;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
