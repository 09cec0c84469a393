package dev.mvpress.site.rest;

/** Example payloads of the site and profile operations for the OpenAPI document. */
final class SiteExamples {

    private SiteExamples() {
    }

    static final String AUTHOR = """
            {"name": "Zoë Łukasiewicz",
             "bio": "Microsoft MVP for .NET. I write about minimal APIs and run the Lisbon .NET User Group.",
             "avatar": {"url": "https://example.com/images/zoe.jpg", "alt": "Zoë speaking at a user group",
                        "width": 400, "height": 400},
             "url": "https://example.com/about/",
             "links": [{"label": "MVP profile", "url": "https://mvp.microsoft.com/en-US/MVP/profile/0b9a6a53"},
                       {"label": "Sessionize", "url": "https://sessionize.com/zoe"}]}""";

    static final String INPUT = """
            {"title": "Zoë's notes", "description": ".NET, Azure and community work, from Lisbon",
             "language": "en", "timeZone": "Europe/Lisbon",
             "author": """ + AUTHOR + """
            ,
             "navigation": [{"label": "Blog", "url": "/blog/"}, {"label": "About", "url": "/about/"},
                            {"label": "Talks", "url": "https://sessionize.com/zoe"}],
             "social": [{"network": "github", "url": "https://github.com/zoe", "handle": "zoe"},
                        {"network": "mastodon", "url": "https://hachyderm.io/@zoe", "handle": "@zoe@hachyderm.io"}]}""";

    static final String SITE = """
            {"title": "Zoë's notes", "description": ".NET, Azure and community work, from Lisbon",
             "language": "en", "timeZone": "Europe/Lisbon",
             "author": """ + AUTHOR + """
            ,
             "navigation": [{"label": "Blog", "url": "/blog/"}, {"label": "About", "url": "/about/"},
                            {"label": "Talks", "url": "https://sessionize.com/zoe"}],
             "social": [{"network": "github", "url": "https://github.com/zoe", "handle": "zoe"},
                        {"network": "mastodon", "url": "https://hachyderm.io/@zoe", "handle": "@zoe@hachyderm.io"}],
             "url": "https://example.com", "updatedAt": "2026-05-01T09:00:00Z", "version": 3}""";

    /** The settings before anything was stored: the configuration's values. */
    static final String DEFAULTS = """
            {"title": "MVPress", "description": "A developer blog", "language": "en", "timeZone": "UTC",
             "author": {"name": "The author", "bio": null, "avatar": null, "url": null, "links": []},
             "navigation": [], "social": [], "url": "https://example.com", "updatedAt": null, "version": 0}""";

    static final String PATCH_BIO = """
            {"author": {"name": "Zoë Łukasiewicz", "bio": "Microsoft MVP für .NET. マイクロソフト MVP。"}}""";

    static final String PATCH_LANGUAGE = """
            {"language": "de-CH", "timeZone": "Europe/Zurich"}""";

    static final String PROFILE = """
            {"author": """ + AUTHOR + """
            ,
             "site": {"title": "Zoë's notes", "description": ".NET, Azure and community work, from Lisbon",
                      "language": "en", "url": "https://example.com"},
             "counts": {"posts": 42, "contributions": 57,
                        "contributionsByType": [{"type": "speaker-third-party-event",
                                                 "name": "Speaker/Presenter at Third-party Event", "count": 12},
                                                {"type": "blog", "name": "Blog", "count": 40},
                                                {"type": "open-source", "name": "Open Source/Project/Sample code/Tools",
                                                 "count": 5}]},
             "recentPosts": [{"id": "0b9a6a53-5d4c-4f7e-a8a4-1f0c9a0e2b11", "slug": "shipping-a-podcast-feed",
                              "title": "Shipping a podcast feed", "description": "How we publish episodes",
                              "excerpt": "How we publish episodes", "tags": [{"slug": "podcast", "name": "podcast"}],
                              "status": "published", "publishedAt": "2026-05-01T09:00:00Z",
                              "createdAt": "2026-04-30T18:00:00Z", "updatedAt": "2026-05-01T09:00:00Z",
                              "readingTimeMinutes": 4, "wordCount": 812, "canonicalUrl": null, "coverImage": null,
                              "url": "https://example.com/blog/shipping-a-podcast-feed/", "metadata": {}, "version": 2}],
             "recentContributions": [{"id": "5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e", "type": "speaker-third-party-event",
                                      "title": "Minimal APIs in .NET 9", "description": "A talk at NDC Porto",
                                      "date": "2026-04-20", "endDate": null, "url": "https://ndcporto.com/agenda/zoe",
                                      "technologyArea": "dotnet", "additionalTechnologyAreas": [],
                                      "targetAudiences": ["developer"], "role": "speaker", "quantity": 1, "reach": 120,
                                      "metrics": {"inPersonAttendees": 120}, "private": false, "postSlug": null,
                                      "followsPost": false, "createdAt": "2026-04-21T08:00:00Z",
                                      "updatedAt": "2026-04-21T08:00:00Z", "version": 1}],
             "jsonLd": {"@context": "https://schema.org", "@type": "Person", "name": "Zoë Łukasiewicz",
                        "description": "Microsoft MVP for .NET. I write about minimal APIs and run the Lisbon .NET User Group.",
                        "image": "https://example.com/images/zoe.jpg", "url": "https://example.com/about/",
                        "sameAs": ["https://mvp.microsoft.com/en-US/MVP/profile/0b9a6a53", "https://sessionize.com/zoe",
                                   "https://github.com/zoe", "https://hachyderm.io/@zoe"]}}""";
}
