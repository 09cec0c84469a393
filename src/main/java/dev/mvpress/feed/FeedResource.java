package dev.mvpress.feed;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

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
import dev.mvpress.kernel.XmlChars;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostUrls;
import dev.mvpress.site.api.SiteView;
import dev.mvpress.site.service.SiteSettings;
import dev.mvpress.web.ApiDocs;
import dev.mvpress.web.ApiUrls;

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

    private final FeedService feeds;
    private final FeedViews views;
    private final PostUrls urls;
    private final MvpressConfig.Site site;
    private final SiteSettings settings;
    private final ApiUrls api;

    FeedResource(FeedService feeds, FeedViews views, PostUrls urls, MvpressConfig config, SiteSettings settings,
            ApiUrls api) {
        this.feeds = feeds;
        this.views = views;
        this.urls = urls;
        this.site = config.site();
        this.settings = settings;
        this.api = api;
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
            description = "Posts and pages that ask for noindex are left out; translations carry hreflang alternates.")
    @APIResponse(responseCode = "200", description = "The sitemap (sitemaps.org protocol 0.9)",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "sitemap", value = FeedExamples.SITEMAP)))
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public Response sitemap() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            xml.writeNamespace("xhtml", XHTML);
            url(xml, XmlChars.xmlSafe(site.baseUrl() + "/"), null, List.of());
            String siteLanguage = settings.current().language();
            List<Object[]> entries = feeds.sitemapEntries();
            // Translations of one text name each other (and themselves) as hreflang alternates.
            Map<String, List<String[]>> alternates = new HashMap<>();
            for (Object[] entry : entries) {
                if (entry[4] != null) {
                    alternates.computeIfAbsent((String) entry[4], key -> new ArrayList<>()).add(new String[]{
                            entry[3] != null ? (String) entry[3] : siteLanguage,
                            urls.publicUrl((PostKind) entry[2], (String) entry[0])});
                }
            }
            for (Object[] entry : entries) {
                List<String[]> links = entry[4] == null ? List.of() : alternates.get((String) entry[4]);
                url(xml, XmlChars.xmlSafe(urls.publicUrl((PostKind) entry[2], (String) entry[0])), (Instant) entry[1],
                        links.size() > 1 ? links : List.of());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The sitemap could not be written", e);
        }
        return Response.ok(out.toString()).type(XML + "; charset=UTF-8").build();
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
            xml.writeStartElement("lastmod");
            xml.writeCharacters(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
            xml.writeEndElement();
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
