package dev.mvpress.post.rest;

/** Example payloads of the post operations and schemas for the OpenAPI document. */
final class PostExamples {

    private PostExamples() {
    }

    private static final String POST_HEAD = """
            {"id": "0b9a6a53-5d4c-4f7e-a8a4-1f0c9a0e2b11", "slug": "shipping-a-podcast-feed",
             "title": "Shipping a podcast feed", "description": "How we publish episodes with a static site",
             "excerpt": "How we publish episodes with a static site",
            """;

    /** What only a single read carries, after the html: the contents, the neighbours, translations and JSON-LD. */
    private static final String SINGLE = """
             "toc": [{"level": 2, "id": "why-a-feed", "text": "Why a feed"}],
             "previous": {"slug": "writing-a-json-feed", "title": "Writing a JSON Feed",
                          "url": "https://example.com/blog/writing-a-json-feed/", "publishedAt": "2026-04-12T08:00:00Z"},
             "next": null,
             "translations": [{"language": "de", "slug": "einen-podcast-feed-ausliefern", "kind": "post",
                               "url": "https://example.com/blog/einen-podcast-feed-ausliefern/"}],
             "jsonLd": {"@context": "https://schema.org", "@type": "BlogPosting",
                        "@id": "https://example.com/blog/shipping-a-podcast-feed/",
                        "url": "https://example.com/blog/shipping-a-podcast-feed/", "headline": "Shipping a podcast feed",
                        "mainEntityOfPage": {"@type": "WebPage", "@id": "https://example.com/blog/shipping-a-podcast-feed/"},
                        "description": "Episodes, enclosures and iTunes tags from markdown files",
                        "image": ["https://example.com/images/podcast.png"], "datePublished": "2026-05-01T09:00:00Z",
                        "dateModified": "2026-05-01T09:00:00Z", "inLanguage": "en",
                        "author": {"@type": "Person", "name": "Ada Example", "url": "https://example.com/"},
                        "publisher": {"@type": "Person", "name": "Ada Example", "url": "https://example.com/"},
                        "keywords": ".NET, podcast", "wordCount": 3,
                        "isPartOf": {"@type": "Blog", "name": "Ada's blog", "url": "https://example.com/"}},
            """;

    private static final String POST_TAIL =
            """
                    "tags": [{"slug": "dotnet", "name": ".NET"}, {"slug": "podcast", "name": "podcast"}],
                    "status": "published", "publishedAt": "2026-05-01T09:00:00Z",
                    "createdAt": "2026-04-30T18:12:00Z", "updatedAt": "2026-05-01T09:00:00Z",
                    "readingTimeMinutes": 1, "wordCount": 3, "canonicalUrl": null,
                    "coverImage": {"url": "https://example.com/images/podcast.png", "alt": "A microphone", "width": 1600,
                                   "height": 900, "caption": "Recording the first episode"},
                    "url": "https://example.com/blog/shipping-a-podcast-feed/", "metadata": {"episode": 12},
                    "version": 2, "kind": "post", "language": "en", "translationKey": "podcast-feed",
                    "metaTitle": null, "metaDescription": "Episodes, enclosures and iTunes tags from markdown files",
                    "ogImage": null, "noindex": false,
                    "seo": {"title": "Shipping a podcast feed", "description": "Episodes, enclosures and iTunes tags from markdown files",
                            "canonicalUrl": "https://example.com/blog/shipping-a-podcast-feed/",
                            "image": {"url": "https://example.com/images/podcast.png", "alt": "A microphone", "width": 1600,
                                      "height": 900, "caption": "Recording the first episode"},
                            "noindex": false, "type": "article", "locale": "en"},
                    "series": {"slug": "podcasting", "name": "Podcasting", "position": 2, "total": 3,
                               "previous": {"slug": "recording-a-podcast", "title": "Recording a podcast",
                                            "url": "https://example.com/blog/recording-a-podcast/"},
                               "next": {"slug": "growing-a-podcast", "title": "Growing a podcast",
                                        "url": "https://example.com/blog/growing-a-podcast/"}},
                    "seriesPosition": 2}""";

    /** One post as a plain read answers it: the HTML, not the markdown. */
    static final String POST = POST_HEAD + """
             "html": "<h2 id=\\"why-a-feed\\">Why a feed</h2>\\n<p>Body in <strong>markdown</strong>.</p>",
            """ + SINGLE + POST_TAIL;

    /** With include=markdown. */
    static final String POST_WITH_MARKDOWN = POST_HEAD + """
             "markdown": "## Why a feed\\n\\nBody in **markdown**.",
             "html": "<h2 id=\\"why-a-feed\\">Why a feed</h2>\\n<p>Body in <strong>markdown</strong>.</p>",
            """ + SINGLE + POST_TAIL;

    /** With fields=slug,title,url,publishedAt. */
    static final String POST_FIELDS = """
            {"slug": "shipping-a-podcast-feed", "title": "Shipping a podcast feed", "publishedAt": "2026-05-01T09:00:00Z",
             "url": "https://example.com/blog/shipping-a-podcast-feed/"}""";

    /** A list item: neither body unless include asks for it. */
    static final String PAGE = "{\"items\": [" + POST_HEAD + POST_TAIL + "], "
            + "\"page\": {\"number\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}}";

    static final String PAGE_VIEW = """
            {"id": "5f0c2b8e-2d7a-4c11-9d35-6b0f1f6a7c42", "slug": "about", "title": "About me",
             "description": "Who writes here", "excerpt": "Who writes here",
             "html": "<p>I write about .NET and podcasts.</p>", "tags": [], "status": "published",
             "publishedAt": "2026-01-10T09:00:00Z", "createdAt": "2026-01-10T09:00:00Z",
             "updatedAt": "2026-03-02T17:40:00Z", "readingTimeMinutes": 1, "wordCount": 7, "canonicalUrl": null,
             "coverImage": null, "url": "https://example.com/about/", "metadata": {}, "version": 4, "kind": "page",
             "language": "en", "translationKey": null, "metaTitle": null, "metaDescription": null, "ogImage": null,
             "noindex": false,
             "seo": {"title": "About me", "description": "Who writes here", "canonicalUrl": "https://example.com/about/",
                     "image": null, "noindex": false, "type": "website", "locale": "en"},
             "toc": [], "previous": null, "next": null, "translations": [],
             "jsonLd": {"@context": "https://schema.org", "@type": "WebPage", "@id": "https://example.com/about/",
                        "url": "https://example.com/about/", "name": "About me", "description": "Who writes here",
                        "datePublished": "2026-01-10T09:00:00Z", "dateModified": "2026-03-02T17:40:00Z",
                        "inLanguage": "en", "author": {"@type": "Person", "name": "Ada Example", "url": "https://example.com/"},
                        "isPartOf": {"@type": "WebSite", "name": "Ada's blog", "url": "https://example.com/"}}}""";

    static final String PAGES = "{\"items\": [" + PAGE_VIEW + "], "
            + "\"page\": {\"number\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}}";

    static final String PAGE_INPUT = """
            {"title": "About me", "description": "Who writes here", "markdown": "I write about .NET and podcasts.",
             "status": "published"}""";

    static final String PAGE_MARKDOWN = """
            ---
            title: About me
            kind: page
            description: Who writes here
            status: published
            ---
            I write about .NET and podcasts.
            """;
    static final String PAGE_FIELDS = "{\"items\": [" + POST_FIELDS + "], "
            + "\"page\": {\"number\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}}";

    /** The include and fields query parameters. */
    static final String INCLUDE_ONE = "markdown";
    static final String INCLUDE_BOTH = "body,markdown";
    static final String FIELDS = "slug,title,url,publishedAt";
    static final String INCLUDE_SINGLE = "markdown: add the markdown source (the HTML is always there); body is accepted"
            + " and adds nothing. Comma-separated and/or repeated. Only the JSON: Accept: text/markdown ignores it";
    static final String INCLUDE_LIST = "body: add html to each item; markdown: add markdown. Comma-separated and/or"
            + " repeated (include=body,markdown for both)";
    static final String INCLUDE_WRITE = "markdown: the answer carries the markdown source too (by default, as a"
            + " plain GET, the HTML only). Comma-separated and/or repeated";
    static final String FIELDS_DOC = "Only these top-level fields of each post, comma-separated and/or repeated; a"
            + " body field named here (html, markdown) is read and shown without include, one not named is not read";

    static final String INPUT = """
            {"title": "Shipping a podcast feed", "description": "How we publish episodes with a static site",
             "markdown": "Body in **markdown**.", "tags": ["dotnet", {"slug": "podcast", "name": "Podcast"}],
             "status": "draft", "series": "Podcasting", "seriesPosition": 2}""";

    static final String MARKDOWN = """
            ---
            title: "Shipping a podcast feed"
            tags: [dotnet, podcast]
            description: "How we publish episodes with a static site"
            series: Podcasting
            seriesPosition: 2
            ---
            Body in **markdown**.
            """;

    /** Merge patches: publish a draft, schedule a post. */
    static final String PUBLISH = "{\"status\": \"published\"}";

    static final String SCHEDULE = "{\"status\": \"scheduled\", \"publishedAt\": \"2030-01-01T09:00:00Z\"}";

    static final String REVISION_LIST = """
            {"items": [{"number": 2, "version": 3, "author": "admin", "createdAt": "2026-05-01T09:00:00Z",
                        "title": "Shipping a podcast feed", "status": "published"},
                       {"number": 1, "version": 0, "author": "sync-script", "createdAt": "2026-04-30T18:12:00Z",
                        "title": "Shipping a podcast feed", "status": "draft"}]}""";

    static final String REVISION = """
            {"number": 1, "version": 0, "author": "sync-script", "createdAt": "2026-04-30T18:12:00Z",
             "post": {"slug": "shipping-a-podcast-feed", "title": "Shipping a podcast feed",
                      "markdown": "First draft", "tags": ["podcast"], "status": "draft", "metadata": {}}}""";

    static final String PREVIEW_TOKEN = "eyJwb3N0IjoiMGI5YTZhNTMtNWQ0Yy00ZjdlLWE4YTQtMWYwYzlhMGUyYjExIiwiZXhwIjoxNzgwMzkwODAwfQ"
            + ".kD3o0wq3XQd8dZl6Vb5Yq9i2m0pQ1sT7uV3wX5yZ8aB";

    static final String PREVIEW_LINK_INPUT = "{\"expiresIn\": \"PT2H\"}";

    static final String PREVIEW_LINK = "{\"token\": \"" + PREVIEW_TOKEN + "\", \"expiresAt\": \"2026-06-02T09:00:00Z\","
            + " \"post\": {\"id\": \"0b9a6a53-5d4c-4f7e-a8a4-1f0c9a0e2b11\", \"slug\": \"shipping-a-podcast-feed\"},"
            + " \"url\": \"https://api.example.com/api/posts/shipping-a-podcast-feed?preview=" + PREVIEW_TOKEN + "\","
            + " \"previewUrl\": \"https://example.com/api/draft?slug=shipping-a-podcast-feed&secret=" + PREVIEW_TOKEN + "\"}";

    static final String PREVIEW_REFUSED = """
            {"type": "urn:mvpress:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "preview: expired at 2026-06-02T09:00:00Z; ask for a new preview link",
             "instance": "/api/posts/shipping-a-podcast-feed",
             "errors": [{"field": "preview", "message": "expired at 2026-06-02T09:00:00Z; ask for a new preview link"}]}""";

    static final String PREVIEW_OFF = """
            {"type": "urn:mvpress:problem:unavailable", "title": "Service unavailable", "status": 503,
             "detail": "Preview links are off: mvpress.preview.secret (MVPRESS_PREVIEW_SECRET) is not set; set it to a\
             secret of at least 32 bytes (openssl rand -base64 48) on every instance",
             "instance": "/api/posts/shipping-a-podcast-feed/preview-links"}""";
}
