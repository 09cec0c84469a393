package dev.mvpress.post.rest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.auth.Caller;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.kernel.Upsert;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.api.PostInput;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.service.Neighbours;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.post.service.PostMarkdown;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.post.service.PostWrites;
import dev.mvpress.series.api.PostSeries;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.ProblemException;

/**
 * What the routes of one post ({@link PostResource}, /api/posts/{slug}) and of one page ({@link PageResource},
 * /api/pages/{slug}) do alike, for their kind: read by slug as JSON (shaped by include and fields) or as markdown, an
 * old slug redirecting with its query; create, replace, merge-patch and delete from JSON or markdown, each write
 * answering as the caller's GET would. A slug of the other kind is not found here.
 */
abstract class ContentRoutes {

    private static final MediaType MARKDOWN = MediaType.valueOf(PostMarkdown.MEDIA_TYPE);
    private static final String MARKDOWN_UTF8 = PostMarkdown.MEDIA_TYPE + "; charset=UTF-8";

    final PostKind kind;
    final PostReads reads;
    final PostWrites writes;
    final PostViews views;
    final Caller caller;
    final TimeSource time;
    final ObjectMapper json;

    @Inject
    ApiUrls urls;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @Context
    UriInfo uriInfo;

    ContentRoutes(PostKind kind, PostReads reads, PostWrites writes, PostViews views, Caller caller, TimeSource time,
            ObjectMapper json) {
        this.kind = kind;
        this.reads = reads;
        this.writes = writes;
        this.views = views;
        this.caller = caller;
        this.time = time;
        this.json = json;
    }

    /** GET of one by slug, without a preview token. */
    Response read(String slug, PostShape shape) {
        if (!wantsMarkdown()) {
            // The common read: one statement for it, its tags, the body columns shown and, when shown, its
            // neighbours, translations and the site's settings; straight to JSON.
            Optional<PostView> view = shape.shows(AROUND) ? reads.findSingleBySlug(kind, slug, caller.visibility(),
                    shape.body()).map(found -> single(found.card(), shape, found.around()))
                    : reads.findCardBySlug(kind, slug, caller.visibility(), shape.body())
                            .map(card -> single(card, shape, Neighbours.NONE));
            if (view.isPresent()) {
                return Response.ok(shape.apply(view.get()), MediaType.APPLICATION_JSON_TYPE).build();
            }
        }
        PostReads.Lookup lookup = reads.findPostBySlug(kind, slug, caller.visibility());
        if (lookup instanceof PostReads.Lookup.Found found) {
            return represent(found.post(), shape).build();
        }
        if (lookup instanceof PostReads.Lookup.MovedTo moved) {
            // The same view at the new slug: include, fields (and a preview token) carry over.
            return ApiUrls.movedPermanently(urls.withRequestQuery(uriInfo, path(), moved.slug())).build();
        }
        throw notFound(slug);
    }

    Response create(String body, PostShape shape) {
        Post post = writes.createPost(kind, input(body));
        return ApiUrls.created(location(post.slug)).entity(written(post, shape)).build();
    }

    Response replace(String slug, String body, PostShape shape) {
        Upsert<Post> result = writes.replacePost(kind, slug, input(body), ifMatch());
        if (result.created()) {
            return ApiUrls.created(location(result.value().slug)).entity(written(result.value(), shape)).build();
        }
        return Response.ok(written(result.value(), shape)).build();
    }

    Response update(String slug, String body, PostShape shape) {
        Post post = writes.partialUpdatePost(kind, slug, JsonBodies.readObject(json, body), ifMatch())
                .orElseThrow(() -> notFound(slug));
        return Response.ok(written(post, shape)).build();
    }

    Response delete(String slug) {
        if (!writes.deletePost(kind, slug, ifMatch())) {
            throw notFound(slug);
        }
        return Response.noContent().build();
    }

    /** A write answers no more than its caller may read (see {@link PostViews#written}), shaped as a read would be. */
    Object written(Post post, PostShape shape) {
        Object written = views.written(post, caller.visibility(), time.now(), shape.body());
        return written instanceof PostView view ? shape.apply(view) : written;
    }

    Consumer<Post> ifMatch() {
        return views.ifMatch(headers, json, time, caller.visibility());
    }

    PostInput input(String body) {
        MediaType type = headers.getMediaType();
        if (type != null && type.isCompatible(MARKDOWN)) {
            return PostMarkdown.read(body == null ? "" : body);
        }
        return JsonBodies.read(json, body, PostInput.class);
    }

    boolean wantsMarkdown() {
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MARKDOWN).build());
        return chosen != null && chosen.getMediaType().isCompatible(MARKDOWN);
    }

    /** A loaded post or page as this caller's GET answers it, as markdown or as shaped JSON. */
    Response.ResponseBuilder represent(Post post, PostShape shape) {
        Instant now = time.now();
        if (wantsMarkdown()) {
            return Response.ok().type(MARKDOWN_UTF8).entity(PostMarkdown.write(post, now));
        }
        return Response.ok().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(shape.apply(views.full(post, now, caller.visibility(), shape.body())));
    }

    /**
     * A read card as a single read shows it: its neighbours and translations, and its place in its series, each read
     * only when the fields shown include it.
     */
    PostView single(PostCard card, PostShape shape) {
        return single(card, shape,
                shape.shows(AROUND) ? reads.findNeighbours(card, caller.visibility()) : Neighbours.NONE);
    }

    /** As {@link #single(PostCard, PostShape)}, with what is around it already read. */
    private PostView single(PostCard card, PostShape shape, Neighbours around) {
        PostSeries series = shape.shows("series") ? views.series(List.of(card), caller.visibility()).get(card.id())
                : null;
        return views.single(card, time.now(), around, series);
    }

    /** The fields of a single read that need what is around the post: its neighbours and translations. */
    private static final String[] AROUND = {"previous", "next", "translations", "jsonLd"};

    /** "api/posts" or "api/pages". */
    String path() {
        return "api/" + kind + "s";
    }

    String location(String slug) {
        return urls.of(path(), slug);
    }

    /** The 404 of every route whose slug names nothing of this kind the caller may see. */
    ProblemException notFound(String slug) {
        return ProblemException.notFound("No " + kind + " has the slug '" + slug + "'");
    }
}
