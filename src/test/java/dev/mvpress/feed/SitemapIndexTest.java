package dev.mvpress.feed;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.Plans;

/**
 * A site bigger than one sitemap file (here 5 URLs, mvpress.sitemap.max-urls) gets a sitemap index whose files
 * hold every public post and page once, each file at most 5 URLs, and nothing hidden. The files are read back
 * with the JDK's XML parser.
 */
@QuarkusTest
@TestProfile(SitemapIndexTest.FiveUrls.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SitemapIndexTest {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SITE = "http://localhost:4321";

    public static class FiveUrls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mvpress.sitemap.max-urls", "5");
        }
    }

    @Inject
    EntityManagerFactory emf;

    @Test
    void aBigSiteGetsAnIndexOfFilesThatHoldEveryPublicUrlOnce() throws Exception {
        String id = unique();
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            published.add(publish("Übersicht Nr. " + i + " – café " + id, "2001-0" + (1 + i) + "-02T10:00:00Z", ""));
        }
        String en = publish("Shipping a feed " + id, "2001-09-01T09:00:00Z", ", \"translationKey\": \"ship-" + id + "\"");
        String de = publish("Einen Feed ausliefern " + id, "2001-09-02T09:00:00Z",
                ", \"translationKey\": \"ship-" + id + "\", \"language\": \"de\"");
        String fr = author().contentType(ContentType.JSON).body("{\"title\": \"Livrer un flux " + id + "\","
                + " \"translationKey\": \"ship-" + id + "\", \"language\": \"fr\"}").post("/api/posts").then().statusCode(201)
                .extract().path("slug");
        String draft = author().contentType(ContentType.JSON).body("{\"title\": \"Brouillon " + id + "\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String scheduled = publish("Geplant " + id, "2999-01-01T00:00:00Z", "");
        String hidden = publish("Noindex " + id, "2001-10-01T00:00:00Z", ", \"noindex\": true");
        String page = "uber-" + id;
        author().contentType(ContentType.JSON).body("{\"title\": \"Über mich " + id + "\", \"status\": \"published\"}")
                .put("/api/pages/" + page).then().statusCode(201);

        Element index = xml(anonymous().get("/api/sitemap.xml").then().statusCode(200)
                .header("Content-Type", startsWith("application/xml")).extract().asByteArray()).getDocumentElement();
        assertEquals("sitemapindex", index.getLocalName());
        assertEquals(NS, index.getNamespaceURI());
        List<Element> sitemaps = children(index, NS, "sitemap");
        List<String> urls = new ArrayList<>();
        for (int n = 1; n <= sitemaps.size(); n++) {
            Element sitemap = sitemaps.get(n - 1);
            assertEquals(SITE + "/api/sitemap-" + n + ".xml", children(sitemap, NS, "loc").get(0).getTextContent());
            Instant.parse(children(sitemap, NS, "lastmod").get(0).getTextContent());
            Element urlset = xml(anonymous().get("/api/sitemap-" + n + ".xml").then().statusCode(200).extract().asByteArray())
                    .getDocumentElement();
            assertEquals("urlset", urlset.getLocalName());
            List<Element> entries = children(urlset, NS, "url");
            assertTrue(entries.size() <= 5, "file " + n + " holds " + entries.size() + " URLs");
            assertTrue(n == sitemaps.size() || entries.size() == 5, "only the last file may hold fewer");
            for (Element url : entries) {
                urls.add(children(url, NS, "loc").get(0).getTextContent());
            }
        }
        assertEquals(SITE + "/", urls.get(0), "the first file starts with the home page");
        assertEquals(urls.size(), new HashSet<>(urls).size(), "no URL twice: " + urls);
        assertEquals(1 + publicCount(), urls.size(), "the home page and every public post or page");
        for (String slug : published) {
            assertTrue(urls.contains(SITE + "/blog/" + slug + "/"), slug);
        }
        assertTrue(urls.contains(SITE + "/" + page + "/"), "the page is at its page URL");
        for (String absent : List.of(fr, draft, scheduled, hidden)) {
            assertFalse(urls.stream().anyMatch(u -> u.contains(absent)), absent + " is not public or asks for noindex");
        }
        // Oldest first: the files of old posts do not move when a post is published.
        assertTrue(urls.indexOf(SITE + "/blog/" + published.get(0) + "/") < urls.indexOf(SITE + "/blog/" + de + "/"));

        String all = String.join("\n", files(sitemaps.size()));
        assertTrue(all.contains("hreflang=\"de\" href=\"" + SITE + "/blog/" + de + "/\""), all);
        assertTrue(all.contains("hreflang=\"en\" href=\"" + SITE + "/blog/" + en + "/\""), all);
        assertFalse(all.contains(fr), "a draft translation is not an alternate");
    }

    @Test
    void unknownFilesAre404ProblemsAndFilesAreCacheable() {
        String id = unique();
        for (int i = 0; i < 6; i++) {
            publish("Zwischengespeichert " + i + " " + id, "2002-01-0" + (1 + i) + "T00:00:00Z", "");
        }
        int files = children(xmlQuietly("/api/sitemap.xml"), NS, "sitemap").size();
        for (String n : List.of("0", "-1", "x", "01", String.valueOf(files + 1), "99999999999")) {
            anonymous().get("/api/sitemap-" + n + ".xml").then().statusCode(404)
                    .header("Content-Type", startsWith("application/problem+json"));
        }
        String etag = anonymous().get("/api/sitemap-1.xml").then().statusCode(200)
                .header("Cache-Control", startsWith("public")).extract().header("ETag");
        assertNotNull(etag);
        anonymous().header("If-None-Match", etag).get("/api/sitemap-1.xml").then().statusCode(304);
        String indexTag = anonymous().get("/api/sitemap.xml").then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", indexTag).get("/api/sitemap.xml").then().statusCode(304);
        publish("Neu " + unique(), "2002-01-01T00:00:00Z", "");
        assertNotEquals(indexTag, anonymous().get("/api/sitemap.xml").then().statusCode(200).extract().header("ETag"),
                "a new post changes the index's ETag");
        anonymous().header("If-None-Match", etag).get("/api/sitemap-1.xml").then().statusCode(200);
    }

    @Test
    void aFullFileTakesAsManyStatementsAsAShortOne() {
        String id = unique();
        for (int i = 0; i < 6; i++) {
            publish("Gezählt " + i + " " + id, "2003-01-0" + (1 + i) + "T00:00:00Z",
                    i % 2 == 0 ? "" : ", \"translationKey\": \"count-" + id + "-" + i / 2 + "\"");
        }
        int files = children(xmlQuietly("/api/sitemap.xml"), NS, "sitemap").size();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        List<Long> counts = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int n : List.of(files - 1, files)) {
            stats.clear();
            String body = anonymous().get("/api/sitemap-" + n + ".xml").then().statusCode(200).extract().asString();
            counts.add(stats.getPrepareStatementCount());
            sizes.add(body.split("<url>", -1).length - 1);
        }
        assertEquals(5, sizes.get(0));
        assertEquals(counts.get(0), counts.get(1), "files of " + sizes + " URLs");
    }

    private static List<String> files(int count) {
        List<String> files = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            files.add(anonymous().get("/api/sitemap-" + n + ".xml").then().statusCode(200).extract().asString());
        }
        return files;
    }

    private static String publish(String title, String publishedAt, String more) {
        return author().contentType(ContentType.JSON).body("{\"title\": \"" + title + "\", \"markdown\": \"Text of "
                + title + "\", \"status\": \"published\", \"publishedAt\": \"" + publishedAt + "\"" + more + "}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
    }

    /** Public posts and pages that do not ask for noindex, counted in SQL beside the API. */
    private static long publicCount() throws Exception {
        try (Connection db = Plans.connect(); Statement sql = db.createStatement()) {
            return Plans.count(sql,
                    "select count(*) from post where status <> 'draft' and published_at <= now() and not noindex");
        }
    }

    private static Element xmlQuietly(String path) {
        try {
            return xml(anonymous().get(path).then().statusCode(200).extract().asByteArray()).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    static List<Element> children(Element parent, String ns, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

}
