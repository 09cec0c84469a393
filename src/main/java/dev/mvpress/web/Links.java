package dev.mvpress.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** RFC 8288 {@code Link} headers (first, prev, next, last) for a page of a list. */
public final class Links {

    private Links() {
    }

    public static Response.ResponseBuilder paged(Page<?> page, UriInfo uriInfo) {
        Response.ResponseBuilder builder = Response.ok(page);
        if (page.page().number() == null) {
            // A keyset page: first, and next while more items follow.
            List<String> links = new ArrayList<>();
            links.add("<" + uriInfo.getRequestUriBuilder().replaceQueryParam("after").replaceQueryParam("page").build()
                    + ">; rel=\"first\"");
            if (page.page().nextCursor() != null) {
                links.add("<" + uriInfo.getRequestUriBuilder().replaceQueryParam("after", page.page().nextCursor()).build()
                        + ">; rel=\"next\"");
            }
            return builder.header("Link", String.join(", ", links));
        }
        int number = page.page().number();
        int last = Math.max(1, page.page().totalPages());
        List<String> links = new ArrayList<>();
        links.add(link(uriInfo, 1, "first"));
        if (number > 1) {
            links.add(link(uriInfo, Math.min(number - 1, last), "prev"));
        }
        if (number < last) {
            links.add(link(uriInfo, number + 1, "next"));
        }
        links.add(link(uriInfo, last, "last"));
        return builder.header("Link", String.join(", ", links));
    }

    private static String link(UriInfo uriInfo, int number, String rel) {
        URI uri = uriInfo.getRequestUriBuilder().replaceQueryParam("page", number).build();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
