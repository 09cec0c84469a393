package dev.mvpress.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.Caller;
import dev.mvpress.kernel.Timestamped;

/**
 * Conditional GETs for every read: the representation is serialized once here, its hash becomes
 * the ETag, and a matching If-None-Match gets 304 with no body. Last-Modified is sent where the
 * resource has an updatedAt, but If-Modified-Since is not honoured: a post's representation can
 * change without its updatedAt changing (a tag renamed, a scheduled post going live), which the
 * hash-based ETag sees and a date cannot. Anonymous reads may be cached by browsers and CDNs;
 * authenticated ones, and answers a resource marks no-store itself (a preview), may not be stored at all.
 */
public class HttpCaching {

    private final ObjectMapper json;
    private final Caller caller;
    private final String publicCacheControl;

    HttpCaching(ObjectMapper json, Caller caller, MvpressConfig config) {
        this.json = json;
        this.caller = caller;
        this.publicCacheControl = "public, max-age=" + config.cache().maxAge().toSeconds()
                + ", stale-while-revalidate=" + config.cache().staleWhileRevalidate().toSeconds();
    }

    @ServerResponseFilter
    public void conditional(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD") || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        Object cacheControl = response.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null && cacheControl.toString().contains("no-store")) {
            // The resource said this answer is for its caller alone (a preview link's post): nothing to
            // revalidate, so no ETag or Last-Modified, and the public Cache-Control must not replace it.
            return;
        }
        Object entity = response.getEntity();
        var headers = response.getHeaders();
        // A streamed representation (a sitemap of 50,000 URLs) is written as it is read and never held, so it
        // cannot be hashed here: its resource sets an ETag computed from what it is made of, or sends none.
        boolean streamed = entity instanceof StreamingOutput;
        Object preset = streamed ? headers.getFirst(HttpHeaders.ETAG) : null;
        byte[] bytes = streamed ? null : ETags.bytes(json, entity);
        String etag = streamed ? (preset == null ? null : preset.toString()) : ETags.of(bytes);
        if (etag != null) {
            headers.putSingle(HttpHeaders.ETAG, etag);
        }
        headers.putSingle(HttpHeaders.CACHE_CONTROL, caller.authenticated() ? "private, no-store" : publicCacheControl);
        headers.putSingle(HttpHeaders.VARY, "Accept, Authorization");
        Instant lastModified = entity instanceof Timestamped t && t.updatedAt() != null
                ? t.updatedAt().truncatedTo(ChronoUnit.SECONDS) : null;
        if (lastModified != null) {
            headers.putSingle(HttpHeaders.LAST_MODIFIED,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atZone(ZoneOffset.UTC)));
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (etag != null && ETags.listMatchesWeakly(ifNoneMatch, etag)) {
            response.setStatus(304);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        if (streamed) {
            return;
        }
        // Send exactly the bytes that were hashed.
        response.setEntity(bytes, response.getEntityAnnotations(), response.getMediaType());
    }

}
