package dev.mvpress.feed;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.createMarkdown;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/** Feeds are parsed back with the JDK's own XML parser and Jackson, independently of the library that wrote them. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class FeedTest {

    private static final String RSS = "http://www.w3.org/2005/Atom";
    private String tag;
    private String title;
    private String slug;

    @BeforeEach
    void publishTwoPostsInATagAndADraft() {
        tag = "feed-" + unique();
        title = "Cats & <dogs> \"quoted\" " + tag;
        slug = author().contentType(ContentType.JSON).body("""
                {"title": "%s", "description": "Why & how", "markdown": "Hello **world** & <b>friends</b>",
                 "tags": ["%s"], "status": "published", "publishedAt": "2026-03-04T05:06:07Z"}"""
                .formatted(title.replace("\"", "\\\""), tag)).post("/api/posts").then().statusCode(201).extract().path("slug");
        author().contentType(ContentType.JSON).body("""
                {"title": "Older %s", "tags": ["%s"], "status": "published", "publishedAt": "2026-01-01T00:00:00Z"}"""
                .formatted(tag, tag)).post("/api/posts").then().statusCode(201);
        createMarkdown("---\ntitle: Draft " + tag + "\ntags: [" + tag + "]\n---\nsecret");
    }

    private static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        assertTrue(nodes.getLength() > 0, "missing <" + name + ">");
        return nodes.item(0).getTextContent();
    }

    private static List<Element> children(Element parent, String ns, String name) {
        NodeList nodes = ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void rssHasTheRequiredElementsRfc822DatesAndEscapedHtml() throws Exception {
        byte[] body = anonymous().queryParam("tag", tag).get("/api/feed.xml").then().statusCode(200)
                .contentType(containsString("application/rss+xml")).extract().asByteArray();
        Element rss = xml(body).getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = children(rss, null, "channel").get(0);
        assertTrue(text(channel, "title").contains(tag));
        assertEquals("http://localhost:4321", text(channel, "link"));
        assertNotNull(text(channel, "description"));
        List<Element> items = children(channel, null, "item");
        assertEquals(2, items.size(), "two published posts, no draft");
        Element first = items.get(0);
        assertEquals(title, text(first, "title"));
        assertEquals("http://localhost:4321/blog/" + slug + "/", text(first, "link"));
        assertEquals(Instant.parse("2026-03-04T05:06:07Z"),
                ZonedDateTime.parse(text(first, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        assertTrue(text(first, "description").contains("<strong>world</strong>"), "HTML travels escaped, arrives intact");
        assertFalse(new String(body, "UTF-8").contains("<strong>"), "HTML is escaped inside the XML");
    }

    @Test
    void atomHasIdsUpdatedDatesAuthorAndHtmlContent() throws Exception {
        byte[] body = anonymous().queryParam("tag", tag).get("/api/feed.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asByteArray();
        Element feed = xml(body).getDocumentElement();
        assertEquals(RSS, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertFalse(children(feed, RSS, "id").isEmpty());
        Instant.parse(children(feed, RSS, "updated").get(0).getTextContent());
        assertFalse(children(feed, RSS, "author").isEmpty());
        List<Element> entries = children(feed, RSS, "entry");
        assertEquals(2, entries.size());
        Element entry = entries.get(0);
        assertEquals(title, children(entry, RSS, "title").get(0).getTextContent());
        assertEquals("http://localhost:4321/blog/" + slug + "/", children(entry, RSS, "id").get(0).getTextContent());
        assertEquals(Instant.parse("2026-03-04T05:06:07Z"),
                Instant.parse(children(entry, RSS, "published").get(0).getTextContent()));
        Instant.parse(children(entry, RSS, "updated").get(0).getTextContent());
        Element content = children(entry, RSS, "content").get(0);
        assertEquals("html", content.getAttribute("type"));
        assertTrue(content.getTextContent().contains("<strong>world</strong>"));
        assertTrue(children(entry, RSS, "link").stream()
                .anyMatch(l -> l.getAttribute("href").equals("http://localhost:4321/blog/" + slug + "/")));
    }

    @Test
    void jsonFeedFollowsVersionOnePointOne() {
        Map<String, Object> feed = anonymous().queryParam("tag", tag).get("/api/feed.json").then().statusCode(200)
                .contentType(containsString("application/feed+json")).extract().as(Map.class);
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version"));
        assertTrue(((String) feed.get("title")).contains(tag));
        // No API base URL in the test configuration: no feed_url rather than one built from the Host header.
        assertFalse(feed.containsKey("feed_url"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) feed.get("items");
        assertEquals(2, items.size());
        Map<String, Object> item = items.get(0);
        assertEquals(title, item.get("title"));
        assertEquals("http://localhost:4321/blog/" + slug + "/", item.get("url"));
        assertNotNull(item.get("id"));
        assertTrue(((String) item.get("content_html")).contains("<strong>world</strong>"));
        assertEquals(Instant.parse("2026-03-04T05:06:07Z"), Instant.parse((String) item.get("date_published")));
        Instant.parse((String) item.get("date_modified"));
        assertEquals(List.of(tag), item.get("tags"));
    }

    @Test
    void theSitemapListsPublishedPostsOnly() throws Exception {
        byte[] body = anonymous().get("/api/sitemap.xml").then().statusCode(200).extract().asByteArray();
        Element urlset = xml(body).getDocumentElement();
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urlset.getNamespaceURI());
        List<String> locs = children(urlset, "http://www.sitemaps.org/schemas/sitemap/0.9", "loc").stream()
                .map(Element::getTextContent).toList();
        assertTrue(locs.contains("http://localhost:4321/blog/" + slug + "/"));
        assertTrue(locs.contains("http://localhost:4321/"));
        assertFalse(locs.stream().anyMatch(l -> l.contains("draft-" + tag)));
    }

    @Test
    void aFeedOfAnUnknownTagIsA404AndFeedsAreCacheable() {
        anonymous().queryParam("tag", "no-such-tag-" + unique()).get("/api/feed.xml").then().statusCode(404);
        String etag = anonymous().get("/api/feed.json").then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get("/api/feed.json").then().statusCode(304);
    }
}
