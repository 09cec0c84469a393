package dev.mvpress.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.mvpress.MvpressConfig;

/**
 * URLs of this API as responses show them (Location, Link, feed self links). The scheme and host come
 * from {@code mvpress.api.base-url}, never from the request: a Host or X-Forwarded-Host header is the
 * caller's to choose, and these responses are publicly cacheable. Without that setting, URLs are
 * relative to the host (RFC 9110 and RFC 8288 allow it), and the feeds leave out what must be absolute.
 */
@ApplicationScoped
public class ApiUrls {

    private final Optional<String> base;
    private final String root;

    ApiUrls(MvpressConfig config, @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/") String rootPath) {
        this.base = config.api().baseUrl().map(String::strip).filter(s -> !s.isEmpty()).map(ApiUrls::checked);
        this.root = rootPath.endsWith("/") ? rootPath.substring(0, rootPath.length() - 1) : rootPath;
    }

    private static String checked(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("mvpress.api.base-url is not a URL: " + url, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("mvpress.api.base-url must be an http(s) URL with no query, such as"
                    + " https://api.example.com: " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The configured public base URL of the API, if any. */
    public Optional<String> base() {
        return base;
    }

    /** A path under the API, each segment percent-encoded: {@code of("api/posts", slug)}. */
    public String of(String path, String... segments) {
        return publish(URI.create(path(path, segments)));
    }

    /** Like {@link #of(String, String...)}, keeping the current request's query (a redirect to the same view elsewhere). */
    public String withRequestQuery(UriInfo uriInfo, String path, String... segments) {
        String query = uriInfo.getRequestUri().getRawQuery();
        return publish(URI.create(path(path, segments) + (query == null ? "" : "?" + query)));
    }

    /**
     * The raw path, encoded here rather than by UriBuilder, which would read braces in a value as a
     * template and fail.
     */
    private static String path(String path, String... segments) {
        StringBuilder raw = new StringBuilder(path.startsWith("/") ? path : "/" + path);
        for (String segment : segments) {
            raw.append('/');
            for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xFF);
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                    raw.append(c);
                } else {
                    raw.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return raw.toString();
    }

    /** The absolute URL of a path under the API, only when a base URL is configured. */
    public Optional<String> absolute(String path, String... segments) {
        return base.map(b -> of(path, segments));
    }

    /**
     * A builder for the current request's path and query, with no scheme or host: what a Link header
     * rewrites (page, after) before {@link #publish(URI)}.
     */
    public UriBuilder request(UriInfo uriInfo) {
        URI request = uriInfo.getRequestUri();
        return UriBuilder
                .fromUri(URI.create(request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery())));
    }

    /** A path (with its query) as responses show it: under the configured base URL, or relative. */
    public String publish(URI pathAndQuery) {
        String path = pathAndQuery.getRawPath();
        String query = pathAndQuery.getRawQuery() == null ? "" : "?" + pathAndQuery.getRawQuery();
        if (base.isEmpty()) {
            return (path.startsWith(root + "/") ? path : root + path) + query;
        }
        String underRoot = !root.isEmpty() && path.startsWith(root + "/") ? path.substring(root.length()) : path;
        return base.get() + underRoot + query;
    }

    /** 201 Created naming the new resource. Response.created() would make a relative URL absolute from the Host header. */
    public static Response.ResponseBuilder created(String location) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, location);
    }

    /** 301 to the resource's current URL, for the same reason as {@link #created(String)}. */
    public static Response.ResponseBuilder movedPermanently(String location) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, location);
    }
}
