package dev.mvpress.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.arc.Arc;

import dev.mvpress.kernel.Page;

/**
 * RFC 8288 {@code Link} headers (first, prev, next, last) for a page of a list: the request's own path
 * and query with page or after replaced, under the configured API base URL or relative (see ApiUrls).
 */
public final class Links {

    private Links() {
    }

    public static Response.ResponseBuilder paged(Page<?> page, UriInfo uriInfo) {
        // Looked up rather than passed, so every list resource keeps calling paged(page, uriInfo).
        ApiUrls urls = Arc.container().instance(ApiUrls.class).get();
        Response.ResponseBuilder builder = Response.ok(page);
        if (page.page().number() == null) {
            // A keyset page: first, and next while more items follow.
            List<String> links = new ArrayList<>();
            links.add("<" + urls.publish(urls.request(uriInfo).replaceQueryParam("after").replaceQueryParam("page").build())
                    + ">; rel=\"first\"");
            if (page.page().nextCursor() != null) {
                links.add("<" + urls.publish(urls.request(uriInfo).replaceQueryParam("after", page.page().nextCursor()).build())
                        + ">; rel=\"next\"");
            }
            return builder.header("Link", String.join(", ", links));
        }
        int number = page.page().number();
        int last = Math.max(1, page.page().totalPages());
        List<String> links = new ArrayList<>();
        links.add(link(urls, uriInfo, 1, "first"));
        if (number > 1) {
            links.add(link(urls, uriInfo, Math.min(number - 1, last), "prev"));
        }
        if (number < last) {
            links.add(link(urls, uriInfo, number + 1, "next"));
        }
        links.add(link(urls, uriInfo, last, "last"));
        return builder.header("Link", String.join(", ", links));
    }

    private static String link(ApiUrls urls, UriInfo uriInfo, int number, String rel) {
        return "<" + urls.publish(urls.request(uriInfo).replaceQueryParam("page", number).build()) + ">; rel=\"" + rel + "\"";
    }
}
