package dev.mvpress.post.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.mvpress.post.PostKind;
import dev.mvpress.post.api.Image;
import dev.mvpress.post.api.Seo;
import dev.mvpress.post.service.PostCard;

/**
 * schema.org structured data of a post ({@code BlogPosting}) or a page ({@code WebPage}), as a site puts it in
 * {@code <script type="application/ld+json">}. A post carries what Google's Article rich result reads: headline
 * (at most 110 characters), image, datePublished, dateModified and an author with a name and a URL.
 */
final class JsonLd {

    /** Google shows at most this many characters of an Article's headline. */
    static final int HEADLINE_LENGTH = 110;

    private JsonLd() {
    }

    /** Who and what the structured data names besides the post: the site and its author. */
    record Site(String name, String url, String authorName, String authorUrl) {
    }

    static Map<String, Object> of(PostCard post, String url, String language, Seo seo, Site site) {
        boolean page = post.kind() == PostKind.PAGE;
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", page ? "WebPage" : "BlogPosting");
        ld.put("@id", url);
        ld.put("url", url);
        if (page) {
            ld.put("name", seo.title());
        } else {
            ld.put("headline", headline(seo.title()));
            ld.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", seo.canonicalUrl()));
        }
        ld.put("description", seo.description());
        List<String> images = images(seo.image(), post);
        if (!images.isEmpty()) {
            ld.put("image", images);
        }
        if (post.publishedAt() != null) {
            ld.put("datePublished", post.publishedAt().toString());
        }
        ld.put("dateModified", post.updatedAt().toString());
        ld.put("inLanguage", language);
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Person");
        author.put("name", site.authorName());
        author.put("url", site.authorUrl());
        ld.put("author", author);
        if (!page) {
            ld.put("publisher", author);
            if (!post.tags().isEmpty()) {
                ld.put("keywords", post.tags().stream().map(t -> t.name()).collect(Collectors.joining(", ")));
            }
            ld.put("wordCount", post.wordCount());
        }
        ld.put("isPartOf", Map.of("@type", page ? "WebSite" : "Blog", "name", site.name(), "url", site.url()));
        return ld;
    }

    /** The title cut to {@value #HEADLINE_LENGTH} characters at a word, with an ellipsis. */
    static String headline(String title) {
        if (title.length() <= HEADLINE_LENGTH) {
            return title;
        }
        String cut = title.substring(0, HEADLINE_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > HEADLINE_LENGTH / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }

    /** The social image, then the cover if it is another: Google picks the best of several. */
    private static List<String> images(Image social, PostCard post) {
        List<String> urls = new ArrayList<>();
        if (social != null) {
            urls.add(social.url());
        }
        if (post.coverImage() != null && !urls.contains(post.coverImage().url())) {
            urls.add(post.coverImage().url());
        }
        return urls;
    }
}
