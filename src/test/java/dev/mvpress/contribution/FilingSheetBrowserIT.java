package dev.mvpress.contribution;

import static dev.mvpress.support.Api.author;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * The filing sheet in a real browser: Debian's Chromium, headless, against the packaged application. The
 * DOM Chromium dumps after loading proves that the page's script ran under the page's Content-Security-Policy
 * (the copy buttons exist only if it did), and the screenshot, target/filing-sheet.png, is what a nominee
 * sees. scripts/ensure-chromium.sh installs Chromium when it is missing (as root) or says how.
 */
@QuarkusIntegrationTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class FilingSheetBrowserIT {

    private static final String YEAR = "1974";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOT = Path.of("target", "filing-sheet.png");
    private static final Path PRINTED = Path.of("target", "filing-sheet.pdf");

    /** About 900 characters over several lines, as a description may be. */
    static final String LONG_DESCRIPTION = ("A full-day workshop on building minimal APIs with .NET, from the first endpoint"
            + " to deployment.\n\nMorning: routing, binding, validation and problem details; OpenAPI documents and typed"
            + " clients.\nAfternoon: authentication with bearer tokens, rate limiting, output caching, health checks,"
            + " and a native build that starts in tens of milliseconds.\n\n").repeat(2)
            + "Forty people took part; the slides, the code and a recording are linked from the workshop page.";

    @BeforeAll
    static void chromiumIsThere() throws Exception {
        Process ensure = new ProcessBuilder("sh", Path.of("scripts", "ensure-chromium.sh").toString())
                .redirectErrorStream(true).start();
        String output = new String(ensure.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ensure.waitFor(10, TimeUnit.MINUTES), "ensure-chromium.sh did not finish");
        assertEquals(0, ensure.exitValue(), "scripts/ensure-chromium.sh failed:\n" + output);
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)), CHROMIUM);
    }

    @Test
    void theSheetRendersInChromiumWithItsCopyButtonsAndTheCardsOldestFirst() throws Exception {
        create("""
                {"type": "speaker-third-party-event", "title": "Minimal APIs, a workshop in São Paulo", "date": "1974-10-05",
                 "description": %s, "url": "https://conf.example.com/sao-paulo", "technologyArea": "dotnet",
                 "additionalTechnologyAreas": ["web-development"], "targetAudiences": ["developer", "student"],
                 "role": "Author", "metrics": {"inPersonAttendees": 40, "numberOfSessions": 2}}"""
                .formatted(json(LONG_DESCRIPTION)));
        create("""
                {"type": "blog", "title": "Ünïcödé in URLs: Straße, 東京, emoji 🎉", "date": "1974-02-14",
                 "description": "Why IRIs need care.", "url": "https://blog.example.com/iri",
                 "technologyArea": "web-development", "targetAudiences": ["developer"], "metrics": {"numberOfViews": 5400}}""");
        create("""
                {"type": "blog", "title": "<script>alert(1)</script> & \\"quotes\\"", "date": "1974-06-01",
                 "description": "A title that must stay text.", "technologyArea": "java", "targetAudiences": ["developer"]}""");
        create("""
                {"type": "mentorship", "title": "Private mentoring notes", "date": "1974-08-08", "technologyArea": "python",
                 "targetAudiences": ["student"], "private": true, "privateDescription": "Names stay out of public view"}""");
        String url = RestAssured.baseURI + ":" + RestAssured.port + "/api/contributions/filing-sheet?from=" + YEAR
                + "-01-01&to=" + YEAR + "-12-31";

        String dom = chromium("--dump-dom", url);
        // Oldest first; the private entry does not exist for the browser, which sends no token.
        assertEquals(List.of("1974-02-14", "1974-06-01", "1974-10-05"), all("data-date=\"([^\"]+)\"", dom), dom);
        assertFalse(dom.contains("Private mentoring notes"), dom);
        assertTrue(dom.contains("Public view"), dom);
        // The script ran: one copy button per value, and the page says how many it added.
        int values = all("(<span class=\"value\">)", dom).size();
        List<String> buttons = all("(<button type=\"button\" class=\"copy\"[^>]*>Copy</button>)", dom);
        assertTrue(values > 20, "values: " + values);
        assertEquals(values, buttons.size(), dom);
        assertEquals(List.of(Integer.toString(values)), all("data-copy-buttons=\"([0-9]+)\"", dom), dom);
        assertTrue(dom.contains("aria-label=\"Copy Title: Ünïcödé in URLs: Straße, 東京, emoji 🎉\""), dom);
        // Text stays text: the hostile title is escaped in the DOM and the page still has one script.
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\""), dom);
        assertEquals(1, all("(<script)", dom).size(), dom);
        assertTrue(dom.contains(LONG_DESCRIPTION.substring(0, 120)), dom);
        assertTrue(dom.contains("Forty people took part"), dom);

        Files.deleteIfExists(SCREENSHOT);
        chromium("--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1280,2000", "--hide-scrollbars", url);
        assertTrue(Files.size(SCREENSHOT) > 30_000, "screenshot of " + Files.size(SCREENSHOT) + " bytes");
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(2000, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a page of text and cards has many colours, this one " + colours.size());

        // Printed (what Ctrl+P gives): the print rules hide the buttons and keep each card on one page.
        Files.deleteIfExists(PRINTED);
        chromium("--print-to-pdf=" + PRINTED.toAbsolutePath(), "--no-pdf-header-footer", url);
        byte[] pdf = Files.readAllBytes(PRINTED);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    /**
     * The way a nominee sees private entries in a browser: the sheet fetched with a token and saved, then opened
     * as a file (no header, so no policy: the script runs all the same).
     */
    @Test
    void aSheetSavedWithATokenOpensFromAFileWithThePrivateEntries() throws Exception {
        create("""
                {"type": "user-group-owner", "title": "Kraków .NET user group, private for now", "date": "1975-03-03",
                 "technologyArea": "dotnet", "targetAudiences": ["developer"], "private": true,
                 "privateDescription": "Twelve meetups, ~60 people each"}""");
        byte[] html = author().queryParam("from", "1975-01-01").queryParam("to", "1975-12-31")
                .get("/api/contributions/filing-sheet").then().statusCode(200).extract().asByteArray();
        Path saved = Path.of("target", "filing-sheet-private.html").toAbsolutePath();
        Files.write(saved, html);
        String dom = chromium("--dump-dom", saved.toUri().toString());
        assertTrue(dom.contains("Kraków .NET user group, private for now"), dom);
        assertTrue(dom.contains("Twelve meetups, ~60 people each"), dom);
        assertTrue(dom.contains("data-copy-buttons=\""), dom);
        assertFalse(dom.contains("Public view"), dom);
    }

    /** Runs headless Chromium with the flags this machine needs and a fresh profile; answers what it printed. */
    static String chromium(String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
        Path log = Path.of("target", "chromium.log");
        List<String> command = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(arguments));
        Path out = profile.resolve("stdout");
        Process browser = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(out.toFile()).start();
        try {
            assertTrue(browser.waitFor(2, TimeUnit.MINUTES), "chromium did not finish; see " + log);
            assertEquals(0, browser.exitValue(), "chromium failed; see " + log);
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            browser.destroyForcibly();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    static void create(String json) {
        author().contentType(ContentType.JSON).body(json).post("/api/contributions").then().statusCode(201);
    }

    static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
