package dev.mvpress.feed;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * Feeds over content shaped like a real blog: dozens of posts sharing several tags each, with
 * non-ASCII titles and long bodies, and rows holding what XML cannot carry.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class FeedOnARealBlogTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String[] TOPICS = {"Azure", "C# ", "Café Tools", "Entra ID", "日本語", "Power BI"};

    @Inject
    DataSource db;

    @Test
    void feedsOfThirtyPostsSharingTagsListEachPostOnce() throws Exception {
        String u = unique();
        List<String> tags = new ArrayList<>();
        for (String topic : TOPICS) {
            tags.add(topic.strip() + " " + u);
        }
        // Each post has 2 or 3 tags out of six, so the rows of one post's tags are spread among the
        // rows of the others'.
        List<String> slugs = new ArrayList<>();
        Map<String, Set<String>> slugsByTag = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            List<String> mine = new ArrayList<>(List.of(tags.get(i % 6), tags.get((i + 1 + i / 6) % 6)));
            if (i % 3 == 0) {
                mine.add(tags.get((i + 3) % 6));
            }
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(mine));
            String body = ("## Étape " + i + "\n\nUn billet sur " + String.join(", ", distinct)
                    + " — 😀 مرحبا.\n\n- one\n- two\n\n```java\nclass A {}\n```\n\n").repeat(20);
            String slug = author().contentType(ContentType.JSON)
                    .body(Map.of("title", "Billet n°" + i + " — " + u, "markdown", body, "status", "published",
                            "tags", distinct))
                    .post("/api/posts").then().statusCode(201).extract().path("slug");
            slugs.add(slug);
            for (String tag : distinct) {
                slugsByTag.computeIfAbsent(tag, t -> new LinkedHashSet<>()).add(slug);
            }
        }
        // The newest 20 are among these 30 (posts published in the same millisecond may trade places).
        for (Set<String> newest : List.of(
                slugsOfRss(anonymous().get("/api/feed.xml").then().statusCode(200).extract().asByteArray()),
                slugsOfAtom(anonymous().get("/api/feed.atom").then().statusCode(200).extract().asByteArray()),
                slugsOfJson(anonymous().get("/api/feed.json").then().statusCode(200).extract().asByteArray()))) {
            assertEquals(20, newest.size(), newest.toString());
            assertTrue(slugs.containsAll(newest), newest.toString());
        }
        for (Map.Entry<String, Set<String>> tag : slugsByTag.entrySet()) {
            String tagSlug = author().get("/api/posts/" + tag.getValue().iterator().next()).then().statusCode(200)
                    .extract().jsonPath().getString("tags.find { it.name == '" + tag.getKey() + "' }.slug");
            assertEquals(tag.getValue(), slugsOfRss(anonymous().queryParam("tag", tagSlug).get("/api/feed.xml")
                    .then().statusCode(200).extract().asByteArray()), tag.getKey());
            assertEquals(tag.getValue(), slugsOfAtom(anonymous().queryParam("tag", tagSlug).get("/api/feed.atom")
                    .then().statusCode(200).extract().asByteArray()), tag.getKey());
            assertEquals(tag.getValue(), slugsOfJson(anonymous().queryParam("tag", tagSlug).get("/api/feed.json")
                    .then().statusCode(200).extract().asByteArray()), tag.getKey());
        }
    }

    @Test
    void charactersXmlCannotCarryNeverReachTheFeedsOrTheSitemap() throws Exception {
        String u = unique();
        String tagName = "Outils " + u;
        String slug = author().contentType(ContentType.JSON)
                .body(Map.of("title", "Clean title " + u, "description", "Clean description", "markdown", "Clean body",
                        "status", "published", "tags", List.of(tagName)))
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String tagSlug = author().get("/api/posts/" + slug).then().extract().path("tags[0].slug");
        // Written behind the API's back, as an older version or a manual fix could have left them.
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "update post set title = ?, description = ?, excerpt = ?, html = ? where slug = ?")) {
                s.setString(1, "Vertical\u000btab \u00e9t\u00e9 " + u);
                s.setString(2, "Bell\u0007 and \uffff");
                s.setString(3, "Excerpt \u0001\u001f with \ufffe");
                s.setString(4, "<p>Body\u0008 \uffff \u00e9 \uD83D\uDE00</p>");
                s.setString(5, slug);
                assertEquals(1, s.executeUpdate());
            }
            try (PreparedStatement s = c.prepareStatement("update tag set name = ? where slug = ?")) {
                s.setString(1, "a\u0001 " + u);
                s.setString(2, tagSlug);
                assertEquals(1, s.executeUpdate());
            }
        }
        for (String feed : List.of("/api/feed.xml", "/api/feed.atom")) {
            byte[] all = anonymous().get(feed).then().statusCode(200).extract().asByteArray();
            String text = xml(all).getDocumentElement().getTextContent();
            assertFalse(text.contains("\u000b") || text.contains("\u0001") || text.contains("\uffff"), feed);
            byte[] ofTag = anonymous().queryParam("tag", tagSlug).get(feed).then().statusCode(200).extract().asByteArray();
            String tagged = xml(ofTag).getDocumentElement().getTextContent();
            assertFalse(tagged.contains("\u0007"), feed);
            assertEquals(true, tagged.contains("Verticaltab \u00e9t\u00e9 " + u), feed + " keeps the rest of the title");
            assertEquals(true, tagged.contains("\uD83D\uDE00"), feed + " keeps characters outside the BMP");
        }
        xml(anonymous().get("/api/sitemap.xml").then().statusCode(200).extract().asByteArray());
        anonymous().queryParam("tag", tagSlug).get("/api/feed.json").then().statusCode(200);
    }

    private static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    /** The post slugs of the items, failing on a post listed twice. */
    private static Set<String> distinct(List<String> links) {
        Set<String> slugs = new HashSet<>();
        for (String link : links) {
            String slug = link.replaceAll("^.*/blog/([^/]+)/$", "$1");
            assertFalse(!slugs.add(slug), "listed twice: " + slug);
        }
        return slugs;
    }

    private static Set<String> slugsOfRss(byte[] body) throws Exception {
        NodeList items = xml(body).getElementsByTagName("item");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            links.add(((Element) items.item(i)).getElementsByTagName("link").item(0).getTextContent());
        }
        return distinct(links);
    }

    private static Set<String> slugsOfAtom(byte[] body) throws Exception {
        NodeList entries = xml(body).getElementsByTagNameNS(ATOM, "entry");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            links.add(((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
        }
        return distinct(links);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> slugsOfJson(byte[] body) throws Exception {
        Map<String, Object> feed = new ObjectMapper().readValue(new String(body, StandardCharsets.UTF_8), Map.class);
        List<String> links = ((List<Map<String, Object>>) feed.get("items")).stream().map(i -> (String) i.get("url")).toList();
        return distinct(links);
    }
}
