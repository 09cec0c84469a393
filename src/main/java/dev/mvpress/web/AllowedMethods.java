package dev.mvpress.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods each API path allows, for the {@code Allow} header that RFC 9110 requires on a 405
 * (Quarkus REST answers 405 without one). Read from the resource classes' annotations on first use.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern pattern, String method) {
    }

    private final BeanManager beans;
    private volatile List<Route> routes;

    AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    public Set<String> forPath(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.pattern().matcher(path).matches()) {
                allowed.add(route.method());
            }
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
        }
        return allowed;
    }

    private List<Route> routes() {
        List<Route> current = routes;
        if (current == null) {
            current = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        current.add(new Route(template(root.value() + (sub == null ? "" : "/" + sub.value())), verb));
                    }
                }
            }
            routes = current;
        }
        return current;
    }

    private static String verb(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Pattern template(String path) {
        String normalized = ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        for (String part : normalized.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
