package dev.mvpress.contribution.importer;

import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpHandler;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.SourceServer;

/**
 * A source that is slow, failing, too large, not a feed, or hostile is a 502 problem naming it,
 * within the import's time (3 s in tests), never a hang and never a 500.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SourceFailureTest {

    private static final String RSS = "application/rss+xml";

    static SourceServer server;

    @BeforeAll
    static void start() {
        server = new SourceServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Imports the feed served by {@code handler}; the answer must be a 502 problem that names the feed. */
    private static ValidatableResponse failing(HttpHandler handler) {
        String path = "/" + unique() + "/feed.xml";
        server.on(path, handler);
        String url = server.url(path);
        return author().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\", \"type\": \"blog\"}")
                .post("/api/contributions/import/feed").then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mvpress:problem:source-failed"))
                .body("title", equalTo("Import source failed"))
                .body("status", equalTo(502))
                .body("detail", startsWith("The feed at " + url))
                .body("instance", equalTo("/api/contributions/import/feed"));
    }

    private static long secondsOf(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000_000L;
    }

    @Test
    void aSourceThatDoesNotAnswerInTimeIsA502WithinTheImportsTime() {
        long waited = secondsOf(() -> failing(SourceServer.slow(20_000))
                .body("detail", containsString("did not answer in time: an import may take 3 s (mvpress.import.timeout)")));
        assertTrue(waited < 8, "answered after " + waited + " s");
        // Headers at once, then the body stalls: the client's own timeout would not cover this.
        waited = secondsOf(() -> failing(SourceServer.slowBody(20_000, RSS))
                .body("detail", containsString("did not answer in time")));
        assertTrue(waited < 8, "answered after " + waited + " s");
    }

    @Test
    void aFailingSourceIsA502WithItsStatus() {
        failing(SourceServer.text(500, "text/html", "<html><body>Internal Server Error</body></html>"))
                .body("detail", containsString("answered HTTP 500"));
        failing(SourceServer.text(404, "text/html", "<html>gone</html>")).body("detail", containsString("answered HTTP 404"));
    }

    @Test
    void somethingThatIsNotAFeedIsA502() {
        failing(SourceServer.text(200, RSS, "{\"this\": \"is not xml\"}"))
                .body("detail", containsString("did not send an RSS or Atom feed"));
        failing(SourceServer.text(200, "text/html", "<!doctype html><html><head><title>Blog</title></head></html>"))
                .body("detail", containsString("did not send an RSS or Atom feed"));
        failing(SourceServer.bytes(200, RSS, new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3}))
                .body("detail", containsString("did not send an RSS or Atom feed"));
    }

    @Test
    void aSourceLargerThanTheLimitIsA502WithoutReadingItAll() {
        failing(SourceServer.bytes(200, RSS, new byte[300 * 1024]))
                .body("detail", containsString("is too large: it declares 307200 bytes; at most 262144 bytes are read"));
        failing(SourceServer.endless(50L * 1024 * 1024, RSS))
                .body("detail", containsString("is too large: it sent more than 262144 bytes"));
    }

    @Test
    void entitiesAreNeverExpandedNorFetched() {
        String secret = "/" + unique() + "/secret";
        server.on(secret, SourceServer.text(200, "text/plain", "top secret"));
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>x</title><item><title>&xxe;</title>
                <link>https://example.com/a</link><pubDate>Mon, 12 Jan 2026 09:00:00 +0000</pubDate></item></channel></rss>"""
                .formatted(server.url(secret));
        failing(SourceServer.text(200, RSS, external)).body("detail", containsString("DOCTYPE is disallowed"))
                .body("detail", not(containsString("top secret")));
        assertEquals(0, server.hits(secret), "the external entity was fetched");

        String file = external.replace(server.url(secret), "file:///etc/passwd");
        failing(SourceServer.text(200, RSS, file)).body("detail", not(containsString("root:")));

        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
                <rss version="2.0"><channel><title>&c;</title></channel></rss>""";
        failing(SourceServer.text(200, RSS, laughs)).body("detail", containsString("DOCTYPE is disallowed"));
    }

    @Test
    void redirectsAreFollowedOnlyToTheSameSchemeAndToPublicAddresses() {
        failing(SourceServer.redirect(302, "file:///etc/passwd"))
                .body("detail", containsString("redirected from http to a file address, which is not followed"));
        failing(SourceServer.redirect(301, "ftp://127.0.0.1/feed.xml"))
                .body("detail", containsString("redirected from http to a ftp address, which is not followed"));
        failing(SourceServer.redirect(307, "http://169.254.169.254/latest/meta-data/"))
                .body("detail", containsString("led to http://169.254.169.254, which is not fetched"));
        String loop = "/" + unique() + "/loop";
        server.on(loop, SourceServer.redirect(302, loop));
        author().contentType(ContentType.JSON).body("{\"url\": \"" + server.url(loop) + "\", \"type\": \"blog\"}")
                .post("/api/contributions/import/feed").then().statusCode(502)
                .body("detail", containsString("redirected more than 3 times (mvpress.import.max-redirects)"));
    }

    @Test
    void aClosedPortIsA502() {
        SourceServer gone = new SourceServer();
        String url = gone.url("/feed.xml");
        gone.close();
        author().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\", \"type\": \"blog\"}")
                .post("/api/contributions/import/feed").then().statusCode(502)
                .body("detail", equalTo("The feed at " + url + " refused the connection"));
    }
}
