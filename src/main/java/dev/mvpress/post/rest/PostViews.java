package dev.mvpress.post.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.kernel.LanguageTag;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.ImageUrls;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostRevision;
import dev.mvpress.post.PostUrls;
import dev.mvpress.post.Visibility;
import dev.mvpress.post.api.Image;
import dev.mvpress.post.api.PostLink;
import dev.mvpress.post.api.PostReceipt;
import dev.mvpress.post.api.PostRevisionList;
import dev.mvpress.post.api.PostRevisionSummary;
import dev.mvpress.post.api.PostRevisionView;
import dev.mvpress.post.api.PostView;
import dev.mvpress.post.api.PreviewLink;
import dev.mvpress.post.api.Seo;
import dev.mvpress.post.api.Translation;
import dev.mvpress.post.service.Neighbours;
import dev.mvpress.post.service.PostBody;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.post.service.PostMarkdown;
import dev.mvpress.post.service.PostQuery;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.post.service.PreviewLinks;
import dev.mvpress.series.api.PostSeries;
import dev.mvpress.series.service.SeriesNav;
import dev.mvpress.site.api.SiteView;
import dev.mvpress.site.service.SiteSettings;
import dev.mvpress.web.IfMatch;
import dev.mvpress.web.ProblemException;

/**
 * Turns post entities into the JSON frontends receive, with the public URL built from configuration: posts,
 * the receipt a write answers to a caller who may not read the post, revisions, and preview links.
 */
@ApplicationScoped
public class PostViews {

    private final PostUrls urls;
    private final ImageUrls images;
    private final SiteSettings settings;

    @Inject
    SeriesNav seriesNav;

    @Inject
    PostReads reads;

    PostViews(PostUrls urls, ImageUrls images, SiteSettings settings) {
        this.urls = urls;
        this.images = images;
        this.settings = settings;
    }

    /**
     * A post as it stands in the persistence context (after a write, say), as a list shows it, with the body
     * columns given, exactly as a read of those columns shows it.
     */
    public PostView of(Post post, Instant now, PostBody body) {
        PostCard card = PostCard.of(post);
        return view(card, now, null, body.markdown() ? post.markdown : null, body.html() ? post.html : null, null,
                named(card));
    }

    /** A post as lists show it: the body columns that were read, no neighbours, no JSON-LD. */
    public PostView of(PostCard post, Instant now, String snippet) {
        return view(post, now, snippet, post.markdown(), post.html(), null, named(post));
    }

    /** As a list shows it, with its place in its series ({@link #series}; null when it is in none). */
    public PostView of(PostCard post, Instant now, String snippet, PostSeries series) {
        return view(post, now, snippet, post.markdown(), post.html(), null, series);
    }

    /** A post as a single read shows it: with its previous and next posts, translations and JSON-LD. */
    public PostView single(PostCard post, Instant now, Neighbours around) {
        return view(post, now, null, post.markdown(), post.html(), around, named(post));
    }

    /** As a single read shows it, with its place in its series ({@link #series}; null when it is in none). */
    public PostView single(PostCard post, Instant now, Neighbours around, PostSeries series) {
        return view(post, now, null, post.markdown(), post.html(), around, series);
    }

    /**
     * A post as it stands in the persistence context (after a write), exactly as this caller's GET of it answers:
     * the body columns given, its neighbours, translations, JSON-LD and place in its series.
     */
    public PostView full(Post post, Instant now, Visibility visibility, PostBody body) {
        return full(post, now, visibility, List.of(body)).get(0);
    }

    /** As {@link #full(Post, Instant, Visibility, PostBody)} with each of these bodies, what is around it read once. */
    private List<PostView> full(Post post, Instant now, Visibility visibility, List<PostBody> bodies) {
        PostCard card = PostCard.of(post);
        Neighbours around = reads.findNeighbours(card, visibility);
        PostSeries series = seriesNav.of(card, visibility).orElse(null);
        return bodies.stream().map(body -> view(card, now, null, body.markdown() ? post.markdown : null,
                body.html() ? post.html : null, around, series)).toList();
    }

    /** The series of a post by slug and name only, where its place was not read (webhook payloads). */
    private static PostSeries named(PostCard post) {
        return post.seriesSlug() == null ? null : PostSeries.named(post.seriesSlug(), post.seriesName());
    }

    /** The place of each of these posts in its series as the caller sees it, by id: one statement, none if no series. */
    public Map<UUID, PostSeries> series(List<PostCard> posts, Visibility visibility) {
        return seriesNav.of(posts, visibility);
    }

    private PostView view(PostCard post, Instant now, String snippet, String markdown, String html, Neighbours around,
            PostSeries series) {
        String url = urls.publicUrl(post.kind(), post.slug());
        String language = post.language() != null ? post.language() : siteLanguage();
        Image cover = images.view(post.coverImage());
        Image og = images.view(post.ogImage());
        Seo seo = new Seo(post.metaTitle() != null ? post.metaTitle() : post.title(),
                post.metaDescription() != null ? post.metaDescription()
                        : post.description() != null ? post.description() : post.excerpt(),
                post.canonicalUrl() != null ? post.canonicalUrl() : url, og != null ? og : cover, post.noindex(),
                post.kind() == PostKind.PAGE ? "website" : "article", language.replace('-', '_'));
        return new PostView(post.id().toString(), post.slug(), post.title(), post.description(), post.excerpt(), snippet,
                markdown, html, post.tags(), post.effectiveStatus(now), post.publishedAt(), post.createdAt(),
                post.updatedAt(), post.readingTimeMinutes(), post.wordCount(), post.canonicalUrl(), cover, url,
                post.metadata(), post.version(), post.kind(), language, post.translationKey(), post.metaTitle(),
                post.metaDescription(), og, post.noindex(), seo, html == null ? null : post.toc(),
                around == null ? null : Optional.ofNullable(link(around.previous())),
                around == null ? null : Optional.ofNullable(link(around.next())),
                around == null ? null : around.translations().stream()
                        .map(t -> new Translation(t.language() != null ? t.language() : siteLanguage(), t.slug(), t.kind(),
                                urls.publicUrl(t.kind(), t.slug())))
                        .toList(),
                around == null ? null : JsonLd.of(post, url, language, seo, site()), series, post.seriesPosition());
    }
    private PostLink link(Neighbours.Neighbour post) {
        return post == null ? null : new PostLink(post.slug(), post.title(), urls.publicUrl(post.kind(), post.slug()),
                post.publishedAt());
    }

    /** The filter of a {@code lang} parameter, null when absent; a malformed tag is a 400 naming the parameter. */
    PostQuery.LanguageFilter languageFilter(String param, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String tag = raw.strip();
        String canonical = LanguageTag.Validator.canonical(tag)
                .orElseThrow(() -> ProblemException.invalid(param, LanguageTag.RULE));
        return PostQuery.LanguageFilter.of(canonical, siteLanguage());
    }

    /** The site's language, which a post without its own is in. */
    private String siteLanguage() {
        return settings.current().language();
    }

    private JsonLd.Site site() {
        SiteView site = settings.current();
        String home = urls.home();
        return new JsonLd.Site(site.title(), home, site.author().name(),
                site.author().url() != null ? site.author().url() : home);
    }

    /**
     * What a write answers: the whole post when the caller may read it (it is published, or the caller
     * has drafts:read), otherwise only what identifies the post.
     */
    public Object written(Post post, Visibility visibility, Instant now, PostBody body) {
        if (visibility.shows(post, now)) {
            return full(post, now, visibility, body);
        }
        return new PostReceipt(post.slug, post.effectiveStatus(now), post.version);
    }

    /** A post's history, newest first, as its revisions were read. */
    public PostRevisionList revisions(List<PostRevision> revisions) {
        return new PostRevisionList(revisions.stream().map(r -> new PostRevisionSummary(r.number, r.postVersion, r.author,
                r.createdAt, (String) r.snapshot.get("title"), (String) r.snapshot.get("status"))).toList());
    }

    public PostRevisionView of(PostRevision r) {
        return new PostRevisionView(r.number, r.postVersion, r.author, r.createdAt, r.snapshot);
    }

    /** A preview link as its creator sees it: {@code url} through this API, {@code previewUrl} on the frontend. */
    public PreviewLink previewLink(PreviewLinks.Issued link, String url, String previewUrl) {
        return new PreviewLink(link.token(), link.expiresAt(),
                new PreviewLink.PreviewLinkPost(link.postId().toString(), link.slug()), url, previewUrl);
    }

    /**
     * If-Match may carry the ETag of any whole representation the author can GET: the JSON (as a plain GET
     * answers it, or with {@code include=markdown}) or the markdown document. A {@code fields=} subset is not
     * the resource, so its ETag does not match.
     */
    Consumer<Post> ifMatch(HttpHeaders headers, ObjectMapper json, TimeSource time) {
        return ifMatch(headers, json, time, Visibility.ALL);
    }

    /** As {@link #ifMatch(HttpHeaders, ObjectMapper, TimeSource)}, the JSON as this caller GETs it (its series navigation). */
    Consumer<Post> ifMatch(HttpHeaders headers, ObjectMapper json, TimeSource time, Visibility visibility) {
        return IfMatch.from(headers, json, post -> {
            Instant now = time.now();
            List<Object> representations = new ArrayList<>(full(post, now, visibility, List.of(PostBody.HTML, PostBody.ALL)));
            representations.add(PostMarkdown.write(post, now));
            return representations;
        });
    }
}
