package dev.mvpress.feed;

/** Example payloads for the OpenAPI document. */
final class FeedExamples {

    private FeedExamples() {
    }

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>MVPress</title><link>https://example.com</link>
            <description>A developer blog</description>
            <item><title>Shipping a podcast feed</title><link>https://example.com/blog/shipping-a-podcast-feed/</link>
            <description>&lt;p&gt;Body in &lt;strong&gt;markdown&lt;/strong&gt;.&lt;/p&gt;</description>
            <pubDate>Fri, 01 May 2026 09:00:00 GMT</pubDate>
            <guid>https://example.com/blog/shipping-a-podcast-feed/</guid></item></channel></rss>""";

    static final String ATOM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>MVPress</title><id>https://example.com/api/feed.atom</id>
            <updated>2026-05-01T09:00:00Z</updated><author><name>The author</name></author>
            <entry><title>Shipping a podcast feed</title><id>https://example.com/blog/shipping-a-podcast-feed/</id>
            <link rel="alternate" href="https://example.com/blog/shipping-a-podcast-feed/"/>
            <updated>2026-05-01T09:00:00Z</updated><published>2026-05-01T09:00:00Z</published>
            <content type="html">&lt;p&gt;Body in &lt;strong&gt;markdown&lt;/strong&gt;.&lt;/p&gt;</content></entry></feed>""";

    static final String JSON = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "MVPress", "home_page_url": "https://example.com",
             "feed_url": "https://api.example.com/api/feed.json", "description": "A developer blog", "language": "en",
             "authors": [{"name": "The author"}],
             "items": [{"id": "https://example.com/blog/shipping-a-podcast-feed/",
                        "url": "https://example.com/blog/shipping-a-podcast-feed/", "title": "Shipping a podcast feed",
                        "content_html": "<p>Body in <strong>markdown</strong>.</p>", "summary": "Body in markdown.",
                        "date_published": "2026-05-01T09:00:00Z", "date_modified": "2026-05-01T09:00:00Z",
                        "tags": [".NET", "podcast"]}]}""";

    static final String SITEMAP =
            """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\
                    <url><loc>https://example.com/</loc></url>
                    <url><loc>https://example.com/blog/shipping-a-podcast-feed/</loc>\
                    <xhtml:link rel="alternate" hreflang="en" href="https://example.com/blog/shipping-a-podcast-feed/"/>\
                    <xhtml:link rel="alternate" hreflang="de" href="https://example.com/blog/einen-podcast-feed-ausliefern/"/>\
                    <lastmod>2026-05-01T09:00:00Z</lastmod></url>
                    <url><loc>https://example.com/about/</loc><lastmod>2026-03-02T17:40:00Z</lastmod></url></urlset>""";

    static final String SITEMAP_INDEX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\
            <sitemap><loc>https://api.example.com/api/sitemap-1.xml</loc><lastmod>2026-04-30T18:12:00Z</lastmod></sitemap>\
            <sitemap><loc>https://api.example.com/api/sitemap-2.xml</loc><lastmod>2026-05-01T09:00:00Z</lastmod></sitemap>\
            </sitemapindex>""";
}
