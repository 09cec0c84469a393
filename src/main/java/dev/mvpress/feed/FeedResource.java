package dev.mvpress.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.MvpressConfig;
import dev.mvpress.auth.PublicRead;
import dev.mvpress.feed.FeedQueries.SitemapFile;
import dev.mvpress.kernel.XmlChars;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostUrls;
import dev.mvpress.site.api.SiteView;
import dev.mvpress.site.service.SiteSettings;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;
import dev.mvpress.web.ETags;
import dev.mvpress.web.ProblemException;

// KnownQueryParams reads each operation's parameter annotations, which a native image keeps only for
// classes registered for reflection.
@RegisterForReflection(fields = false)
@Path("/api")
@Tag(name = "Feeds", description = "RSS, Atom, JSON Feed and the sitemap, with links to the frontend's pages")
public class FeedResource {

    private static final String RSS = "application/rss+xml";
    private static final String ATOM = "application/atom+xml";
    private static final String JSON_FEED = "application/feed+json";
    private static final String XML = "application/xml";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final FeedService feeds;
    private final FeedViews views;
    private final PostUrls urls;
    private final MvpressConfig.Site site;
    private final SiteSettings settings;
    private final ApiUrls api;
    private final MvpressConfig.Sitemap sitemapConfig;
    private final int maxUrls;

    FeedResource(FeedService feeds, FeedViews views, PostUrls urls, MvpressConfig config, SiteSettings settings,
            ApiUrls api) {
        this.feeds = feeds;
        this.views = views;
        this.urls = urls;
        this.site = config.site();
        this.settings = settings;
        this.api = api;
        this.sitemapConfig = config.sitemap();
        this.maxUrls = config.sitemap().maxUrls();
    }

    @GET
    @Path("/feed.xml")
    @Produces(RSS)
    @PublicRead
    @Operation(operationId = "getRssFeed", summary = "RSS 2.0 feed of the newest published posts, optionally of one tag")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "rss", value = FeedExamples.RSS)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response rss(@Parameter(description = "Tag slug") @QueryParam("tag") String tag) {
        return Response.ok(write(syndFeed(tag, "rss_2.0", "api/feed.xml"))).type(RSS + "; charset=UTF-8").build();
    }

    @GET
    @Path("/feed.atom")
    @Produces(ATOM)
    @PublicRead
    @Operation(operationId = "getAtomFeed", summary = "Atom feed of the newest published posts, optionally of one tag")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "atom", value = FeedExamples.ATOM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response atom(@Parameter(description = "Tag slug") @QueryParam("tag") String tag) {
        return Response.ok(write(syndFeed(tag, "atom_1.0", "api/feed.atom"))).type(ATOM + "; charset=UTF-8").build();
    }

    @GET
    @Path("/feed.json")
    @Produces(JSON_FEED)
    @PublicRead
    @Operation(operationId = "getJsonFeed", summary = "JSON Feed 1.1 of the newest published posts, optionally of one tag")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = JSON_FEED, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "json", value = FeedExamples.JSON)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response jsonFeed(@Parameter(description = "Tag slug") @QueryParam("tag") String tag) {
        // Title, description, language and author are the site settings (GET /api/site), read once per feed.
        SiteView about = settings.current();
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", title(about, tag));
        feed.put("home_page_url", site.baseUrl());
        // Filled in once the tag is known to exist.
        feed.put("feed_url", null);
        if (about.description() != null) {
            feed.put("description", about.description());
        }
        feed.put("language", about.language());
        feed.put("authors", List.of(Map.of("name", about.author().name())));
        feed.put("items", feeds.latest(tag, site.feedSize()).stream().map(views::jsonItem).toList());
        selfUrl("api/feed.json", tag).ifPresentOrElse(url -> feed.put("feed_url", url), () -> feed.remove("feed_url"));
        return Response.ok(feed).type(JSON_FEED + "; charset=UTF-8").build();
    }

    @GET
    @Path("/sitemap.xml")
    @Produces(XML)
    @PublicRead
    @Operation(operationId = "getSitemap", summary = "Sitemap of the site's home page and every published post and page",
            description = "Posts and pages that ask for noindex are left out; translations carry hreflang alternates."
                    + " While the site fits in one file of mvpress.sitemap.max-urls URLs (50,000, the protocol's limit)"
                    + " this is that file; a bigger site gets a sitemap index instead, pointing at /api/sitemap-1.xml,"
                    + " /api/sitemap-2.xml, ... with each file's newest change. Oldest posts first, so publishing a"
                    + " post changes only the last file.")
    @APIResponse(responseCode = "200", description = "The sitemap, or the sitemap index (sitemaps.org protocol 0.9)",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING),
                    examples = {@ExampleObject(name = "sitemap", value = FeedExamples.SITEMAP),
                            @ExampleObject(name = "sitemap index", value = FeedExamples.SITEMAP_INDEX)}))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public Response sitemap() {
        Instant now = feeds.now();
        List<SitemapFile> files = feeds.sitemapFiles(maxUrls, now);
        String language = settings.current().language();
        int count = fileCount(files);
        if (count == 1) {
            return file(files, 1, language, now);
        }
        StreamingOutput body = out -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeStartElement("sitemapindex");
                xml.writeDefaultNamespace(SITEMAPS);
                for (int n = 1; n <= count; n++) {
                    SitemapFile file = numbered(files, n - 1);
                    xml.writeStartElement("sitemap");
                    xml.writeStartElement("loc");
                    xml.writeCharacters(XmlChars.xmlSafe(fileUrl(n)));
                    xml.writeEndElement();
                    if (file != null && file.lastModified() != null) {
                        lastmod(xml, file.lastModified());
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException("The sitemap index could not be written", e);
            }
        };
        return xmlResponse(body, etag("index", files, language));
    }

    @GET
    @Path("/sitemap-{n}.xml")
    @Produces(XML)
    @PublicRead
    @Operation(operationId = "getSitemapFile", summary = "One numbered file of the sitemap, as the sitemap index lists them",
            description = "At most mvpress.sitemap.max-urls URLs, oldest posts first; the first file starts with the home"
                    + " page. File 1 exists on every site (on a small site it is /api/sitemap.xml itself).")
    @APIResponse(responseCode = "200", description = "The file (sitemaps.org protocol 0.9)",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "sitemap", value = FeedExamples.SITEMAP)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public Response sitemapFile(@Parameter(description = "The file's number, from 1", example = "2") @PathParam("n") String n) {
        int number = n.matches("[1-9][0-9]{0,8}") ? Integer.parseInt(n) : 0;
        if (number < 1) {
            throw ProblemException.notFound("No sitemap file has the number '" + n + "'");
        }
        Instant now = feeds.now();
        List<SitemapFile> files = feeds.sitemapFiles(maxUrls, now);
        if (number > fileCount(files)) {
            throw ProblemException.notFound("No sitemap file has the number '" + n + "'");
        }
        return file(files, number, settings.current().language(), now);
    }

    /** The number of files: the home page alone is one. */
    private static int fileCount(List<SitemapFile> files) {
        return files.isEmpty() ? 1 : files.get(files.size() - 1).number() + 1;
    }

    private static SitemapFile numbered(List<SitemapFile> files, int number) {
        for (SitemapFile file : files) {
            if (file.number() == number) {
                return file;
            }
        }
        return null;
    }

    private String fileUrl(int n) {
        return sitemapConfig.fileUrl().map(template -> template.replace("{n}", Integer.toString(n)))
                .orElseGet(() -> api.absolute("api/sitemap-" + n + ".xml")
                        .orElseGet(() -> site.baseUrl() + "/api/sitemap-" + n + ".xml"));
    }

    /**
     * File {@code number} (from 1), written as the cursor reads its posts: a file of 50,000 URLs never is a
     * string, a list or a DOM in memory.
     */
    private Response file(List<SitemapFile> files, int number, String siteLanguage, Instant now) {
        SitemapFile file = numbered(files, number - 1);
        StreamingOutput body = out -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeStartElement("urlset");
                xml.writeDefaultNamespace(SITEMAPS);
                xml.writeNamespace("xhtml", XHTML);
                if (number == 1) {
                    url(xml, XmlChars.xmlSafe(site.baseUrl() + "/"), null, List.of());
                }
                if (file != null) {
                    // File 1 gives its first place to the home page.
                    int posts = file.urls();
                    XMLStreamException[] failed = new XMLStreamException[1];
                    feeds.eachSitemapUrl(file, posts, now, entry -> {
                        if (failed[0] != null) {
                            return;
                        }
                        try {
                            url(xml, XmlChars.xmlSafe(urls.publicUrl(entry.kind(), entry.slug())), entry.lastModified(),
                                    alternates(entry.alternates(), siteLanguage));
                        } catch (XMLStreamException e) {
                            failed[0] = e;
                        }
                    });
                    if (failed[0] != null) {
                        throw failed[0];
                    }
                }
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException("The sitemap could not be written", e);
            }
        };
        return xmlResponse(body, etag("file " + number, files, siteLanguage));
    }

    /** "language kind slug" entries joined by '|' (FeedQueries#SITEMAP_FILE) as hreflang and URL pairs. */
    private List<String[]> alternates(String joined, String siteLanguage) {
        if (joined == null) {
            return List.of();
        }
        List<String[]> links = new ArrayList<>();
        for (String alternate : joined.split("\\|")) {
            String[] parts = alternate.split(" ", 3);
            links.add(new String[]{parts[0].isEmpty() ? siteLanguage : parts[0],
                    urls.publicUrl(PostKind.fromJson(parts[1]), parts[2])});
        }
        return links;
    }

    /**
     * The entity tag of a sitemap document, from what it is made of rather than from its bytes, which are
     * streamed and never held: every file's URL count, newest change and hash of post ids (any post entering,
     * leaving or changing changes one of them), the site's language (hreflang of posts without one), the URLs
     * posts are published at, and which document it is. HttpCaching answers If-None-Match with it.
     */
    private String etag(String document, List<SitemapFile> files, String siteLanguage) {
        StringBuilder made = new StringBuilder(document).append('\n').append(maxUrls).append('\n').append(siteLanguage)
                .append('\n').append(urls.publicUrl(PostKind.POST, "s")).append('\n')
                .append(urls.publicUrl(PostKind.PAGE, "s")).append('\n').append(fileUrl(1)).append('\n');
        for (SitemapFile file : files) {
            made.append(file).append('\n');
        }
        return ETags.of(made.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Response xmlResponse(StreamingOutput body, String etag) {
        return Response.ok(body).type(XML + "; charset=UTF-8").header(HttpHeaders.ETAG, etag).build();
    }

    private static void lastmod(XMLStreamWriter xml, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("lastmod");
        xml.writeCharacters(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
        xml.writeEndElement();
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastModified, List<String[]> alternates)
            throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        for (String[] alternate : alternates) {
            xml.writeEmptyElement("xhtml", "link", XHTML);
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", alternate[0]);
            xml.writeAttribute("href", XmlChars.xmlSafe(alternate[1]));
        }
        if (lastModified != null) {
            lastmod(xml, lastModified);
        }
        xml.writeEndElement();
    }

    private static String title(SiteView about, String tag) {
        return tag == null || tag.isBlank() ? about.title() : about.title() + ": " + tag.strip();
    }

    /**
     * The feed's own URL, only under the configured API base URL: a URL built from the request's Host
     * header would let any caller write its own host into a publicly cached feed.
     */
    private Optional<String> selfUrl(String path, String tag) {
        return api.base().map(b -> api.publish(feedPath(path, tag)));
    }

    /** The feed's path and tag, the tag as the lookup reads it, so ?tag=Azure and ?tag=azure are one feed. */
    private static URI feedPath(String path, String tag) {
        String query = tag == null || tag.isBlank() ? ""
                : "?tag=" + URLEncoder.encode(tag.strip().toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
        return URI.create("/" + path + query);
    }

    /**
     * Text and URLs of the XML feeds go through XmlChars.xmlSafe: a stored control character would otherwise make
     * the whole feed unwritable or unparseable for every reader. The entries are FeedViews#entry.
     */
    private SyndFeed syndFeed(String tag, String type, String path) {
        List<Post> posts = feeds.latest(tag, site.feedSize());
        // Title, description, language and author are the site settings (GET /api/site), read once per feed.
        SiteView about = settings.current();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(XmlChars.xmlSafe(title(about, tag)));
        feed.setLink(XmlChars.xmlSafe(site.baseUrl()));
        Optional<String> self = selfUrl(path, tag);
        // Atom requires an absolute, permanent id; without an API base URL the site's base URL stands in
        // front of the feed's path. It identifies the feed, it is not fetched.
        feed.setUri(XmlChars.xmlSafe(self.orElseGet(() -> site.baseUrl() + feedPath(path, tag))));
        // RSS 2.0 requires a channel description: the title stands in when the site has none.
        feed.setDescription(XmlChars.xmlSafe(about.description() != null ? about.description() : about.title()));
        feed.setLanguage(about.language());
        feed.setAuthor(XmlChars.xmlSafe(about.author().name()));
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(XmlChars.xmlSafe(site.baseUrl()));
        List<SyndLink> links = new ArrayList<>(List.of(alternate));
        self.ifPresent(url -> {
            SyndLink link = new SyndLinkImpl();
            link.setRel("self");
            link.setHref(XmlChars.xmlSafe(url));
            links.add(link);
        });
        feed.setLinks(links);
        feed.setPublishedDate(posts.isEmpty() ? new Date(0) : Date.from(posts.get(0).publishedAt));
        boolean rss = type.startsWith("rss");
        List<SyndEntry> entries = new ArrayList<>();
        for (Post post : posts) {
            entries.add(views.entry(post, rss, about.author().name()));
        }
        feed.setEntries(entries);
        return feed;
    }

    private static String write(SyndFeed feed) {
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }
}
