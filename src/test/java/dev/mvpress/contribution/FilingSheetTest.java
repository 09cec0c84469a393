package dev.mvpress.contribution;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;

/** The filing sheet as a nominee reads it; each test keeps to a year of its own (1970s). */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class FilingSheetTest {

    static final String HOSTILE_TITLE = "<script>alert(\"x\")</script> & 'quotes' — Zürich ✓ 🎉";

    static String create(String json) {
        return author().contentType(ContentType.JSON).body(json).post("/api/contributions").then().statusCode(201)
                .extract().path("id");
    }

    static Response sheet(RequestSpecification who, String year) {
        return who.queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
                .get("/api/contributions/filing-sheet");
    }

    static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBrowserGetsOneEscapedCardPerActivityOldestFirstInTheFormsOrder() throws Exception {
        create("""
                {"type": "speaker-third-party-event", "title": "Talk in Kraków: ąęłńóśźż", "date": "1971-09-20",
                 "description": "Line one\\nline two", "url": "https://conf.example.com/krakow",
                 "technologyArea": "dotnet", "additionalTechnologyAreas": ["web-development", "devops"],
                 "targetAudiences": ["developer", "it-pro"], "role": "contributor", "quantity": 2,
                 "metrics": {"inPersonAttendees": 250}}""");
        create("""
                {"type": "blog", "title": %s, "date": "1971-03-02", "technologyArea": "java",
                 "targetAudiences": ["student"], "role": "Co-Author", "metrics": {"numberOfViews": 1200},
                 "url": "https://blog.example.com/x?a=1&b=2"}""".formatted(json(HOSTILE_TITLE)));
        create("""
                {"type": "mentorship", "title": "Mentoring, the last of the year", "date": "1971-12-31",
                 "technologyArea": "python", "targetAudiences": ["student"]}""");

        Response response = sheet(anonymous().accept("text/html,application/xhtml+xml,*/*;q=0.8"), "1971");
        response.then().statusCode(200).contentType(startsWith("text/html")).contentType(containsString("charset=UTF-8"));
        String html = response.asString();

        // Oldest first, numbered.
        assertEquals(List.of("1971-03-02", "1971-09-20", "1971-12-31"), all("data-date=\"([^\"]+)\"", html));
        assertEquals(List.of("1.", "2.", "3."), all("<span class=\"number\">([^<]*)</span>", html));

        // Every value escaped: the title is text, never markup, and reads back the same.
        assertFalse(html.contains("<script>alert"), html);
        String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; — Zürich ✓ 🎉";
        assertTrue(html.contains("</span>" + escaped + "</h2>"), html);
        assertTrue(html.contains("<span class=\"value\">" + escaped + "</span>"), html);
        assertTrue(html.contains("https://blog.example.com/x?a=1&amp;b=2"), html);

        // The third-party talk: the form's fields in the form's order, with the form's labels and names.
        String talk = html.substring(html.indexOf("id=\"activity-2\""), html.indexOf("id=\"activity-3\""));
        assertEquals(List.of("Activity Type", "Primary Technology Area", "Additional Technology Areas", "Title",
                "Description", "Private Description", "Target Audience", "Published Date", "Role", "Quantity",
                "In-Person Attendees", "Number of sessions", "Activity URL"),
                all("<dt>([^<]*)</dt>", talk));
        assertEquals(List.of("Speaker/Presenter at Third-party Event", ".NET", "Web Development", "DevOps",
                "Talk in Kraków: ąęłńóśźż", "Line one\nline two", "Developer", "IT Pro", "Mon Sep 20 1971", "Contributor", "2",
                "250", "https://conf.example.com/krakow"), all("<span class=\"value\">([^<]*)</span>", talk));
        assertTrue(talk.contains("<dt>Private Description</dt><dd><span class=\"empty\">(none)</span></dd>"), talk);
        String blog = html.substring(html.indexOf("id=\"activity-1\""), html.indexOf("id=\"activity-2\""));
        assertTrue(blog.contains("<dt>Role</dt><dd><div class=\"item\"><span class=\"value\">Co-Author</span>"), blog);
        assertTrue(blog.contains("<dt>Number of Views</dt><dd><div class=\"item\"><span class=\"value\">1200</span>"), blog);
        assertTrue(blog.contains("<dt>Published Date</dt><dd><div class=\"item\"><span class=\"value\">Tue Mar 02 1971"),
                blog);

        // Self-contained: one inline style and one inline script, allowed by their hashes and nothing else.
        assertEquals(1, all("(<script)", html).size());
        assertEquals(1, all("(<style)", html).size());
        for (String outside : List.of(" src=", " href=", "@import", "url(", "<link", "<img", "<iframe")) {
            assertFalse(html.contains(outside), "the page loads nothing: " + outside);
        }
        String style = all("<style>(.*?)</style>", html).get(0);
        String script = all("<script>(.*?)</script>", html).get(0);
        assertEquals(List.of("default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(style)
                + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
                response.headers().getValues("Content-Security-Policy"));
        assertTrue(style.contains("@media print") && style.contains("break-inside:avoid"), style);
        assertTrue(html.contains("Public view: private entries and private descriptions are left out"), html);
    }

    @Test
    void aMicrosoftEventTalkShowsItsEventAndOnlyItsTypesCounts() {
        create("""
                {"type": "speaker-microsoft-event", "title": "Copilot agents on the AI Tour", "date": "1976-04-20",
                 "description": "A breakout session", "url": "https://events.example.com/ai-tour",
                 "technologyArea": "dotnet", "targetAudiences": ["developer"], "microsoftEvent": "other",
                 "microsoftEventOther": "Microsoft AI Tour, Warszawa", "metrics": {"numberOfSessions": 2}}""");
        create("""
                {"type": "speaker-microsoft-event", "title": "Keynote demo at Ignite", "date": "1976-11-18",
                 "description": "Five minutes on stage", "technologyArea": "dotnet", "targetAudiences": ["developer"],
                 "microsoftEvent": "Ignite", "role": "Contributor"}""");

        String html = sheet(anonymous(), "1976").then().statusCode(200).extract().asString();
        String other = html.substring(html.indexOf("id=\"activity-1\""), html.indexOf("id=\"activity-2\""));
        assertEquals(List.of("Activity Type", "Primary Technology Area", "Additional Technology Areas", "Title",
                "Description", "Private Description", "Target Audience", "Published Date", "Role", "Quantity",
                "Microsoft Event", "Microsoft Event (Other)", "Number of sessions", "Activity URL"),
                all("<dt>([^<]*)</dt>", other));
        assertTrue(other.contains("<dt>Microsoft Event</dt><dd><div class=\"item\"><span class=\"value\">Other</span>"),
                other);
        assertTrue(other.contains("<span class=\"value\">Microsoft AI Tour, Warszawa</span>"), other);
        assertTrue(other.contains("<dt>Role</dt><dd><div class=\"item\"><span class=\"value\">Author</span>"), other);
        String ignite = html.substring(html.indexOf("id=\"activity-2\""));
        assertEquals(List.of("Activity Type", "Primary Technology Area", "Additional Technology Areas", "Title",
                "Description", "Private Description", "Target Audience", "Published Date", "Role", "Quantity",
                "Microsoft Event", "Number of sessions", "Activity URL"), all("<dt>([^<]*)</dt>", ignite));
        assertTrue(ignite.contains("<dt>Number of sessions</dt><dd><span class=\"empty\">(none)</span></dd>"), ignite);
        assertTrue(ignite.contains("<span class=\"value\">Ignite</span>"), ignite);
    }

    @Test
    void markdownHasTheSameCardsAsSectionsWithValuesVerbatim() {
        create("""
                {"type": "blog", "title": %s, "date": "1972-04-01", "technologyArea": "java",
                 "description": "First line with `code`\\n```\\nnot a fence end\\n```", "targetAudiences": ["developer"],
                 "metrics": {"numberOfViews": 7}}""".formatted(json(HOSTILE_TITLE)));
        create("""
                {"type": "podcast", "title": "Episode ``1``", "date": "1972-02-01", "technologyArea": "dotnet",
                 "targetAudiences": ["developer", "student"], "role": "host"}""");

        String md = sheet(anonymous().accept("text/markdown"), "1972").then().statusCode(200)
                .contentType(startsWith("text/markdown")).extract().asString();
        assertEquals(List.of("1. Episode \\`\\`1\\`\\`",
                "2. \\<script\\>alert\\(\\\"x\\\"\\)\\<\\/script\\> \\& \\'quotes\\' — Zürich ✓ 🎉"),
                all("\n## ([^\n]*)\n", md));
        assertTrue(md.contains("**Title**\n\n``` Episode ``1`` ```\n"), md);
        assertTrue(md.contains("**Target Audience**\n\n- `Developer`\n- `Student`\n"), md);
        assertTrue(md.contains("**Description**\n\n````text\nFirst line with `code`\n```\nnot a fence end\n```\n````\n"),
                md);
        assertTrue(md.contains("**Title**\n\n`" + HOSTILE_TITLE + "`\n"), md);
        assertTrue(md.contains("**Number of Views**\n\n`7`\n"), md);
        assertTrue(md.contains("**Private Description**\n\n(none)\n"), md);

        // format= wins over Accept; anything else is a 400 naming it; a type neither offers is a 406.
        anonymous().accept("text/html").queryParam("format", "markdown").queryParam("from", "1972-01-01")
                .queryParam("to", "1972-12-31").get("/api/contributions/filing-sheet").then().statusCode(200)
                .contentType(startsWith("text/markdown"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'; base-uri 'none'"));
        anonymous().queryParam("format", "html").queryParam("year", "1972").get("/api/contributions/filing-sheet")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        anonymous().queryParam("format", "pdf").get("/api/contributions/filing-sheet").then().statusCode(400)
                .body("errors[0].field", equalTo("format")).body("errors[0].message", containsString("html, markdown"));
        anonymous().accept("application/json").get("/api/contributions/filing-sheet").then().statusCode(406);
        anonymous().queryParam("from", "1972-12-31").queryParam("to", "1972-01-01").get("/api/contributions/filing-sheet")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        // No Accept header at all (curl's default is */*): HTML.
        anonymous().queryParam("from", "1972-01-01").queryParam("to", "1972-12-31")
                .get("/api/contributions/filing-sheet").then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void theWindowDefaultsToTheLastTwelveMonthsUpToToday() {
        QuarkusMock.installMockForType(new FixedTime(Instant.parse("1978-06-15T23:30:00Z")), TimeSource.class);
        create(entry("Day before the window", "1977-06-15"));
        create(entry("Last day of the window", "1978-06-15"));
        create(entry("First day of the window", "1977-06-16"));
        create(entry("Day after today", "1978-06-16"));

        String html = anonymous().get("/api/contributions/filing-sheet").then().statusCode(200).extract().asString();
        assertEquals(List.of("First day of the window", "Last day of the window"),
                all("<h2><span class=\"number\">[0-9]+\\.</span>([^<]*)</h2>", html));
        assertTrue(html.contains("2 activities from Thu Jun 16 1977 to Thu Jun 15 1978"), html);
        String md = anonymous().queryParam("from", "1977-06-15").queryParam("format", "markdown")
                .get("/api/contributions/filing-sheet").then().statusCode(200).extract().asString();
        assertEquals(List.of("1. Day before the window", "2. First day of the window"),
                all("\n## ([^\n]*)\n", md));
    }

    @Test
    void privateEntriesAndPrivateDescriptionsOnlyWithAToken() {
        create("""
                {"type": "online-support", "title": "Answered in public", "date": "1963-05-05", "technologyArea": "java",
                 "targetAudiences": ["developer"], "privateDescription": "Forty answers, see my profile"}""");
        create("""
                {"type": "product-feedback", "title": "Private feedback", "date": "1963-06-06", "technologyArea": "java",
                 "targetAudiences": ["developer"], "private": true}""");

        Response open = sheet(anonymous(), "1963");
        open.then().statusCode(200).header("Cache-Control", startsWith("public"));
        String publicView = open.asString();
        assertFalse(publicView.contains("Private feedback"), publicView);
        assertFalse(publicView.contains("Forty answers"), publicView);
        assertTrue(publicView.contains("1 activity from"), publicView);
        assertTrue(publicView.contains("Public view"), publicView);

        Response mine = sheet(author(), "1963");
        mine.then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        String fullView = mine.asString();
        assertTrue(fullView.contains("<span class=\"value\">Forty answers, see my profile</span>"), fullView);
        assertTrue(fullView.contains("Private feedback</h2>"), fullView);
        assertTrue(fullView.contains("<span class=\"private\">private in MVPress</span>"), fullView);
        assertFalse(fullView.contains("Public view"), fullView);
        // What the form will ask for that the entry lacks: the author's to see, as on the entry itself.
        String answered = fullView.substring(fullView.indexOf("id=\"activity-1\""), fullView.indexOf("id=\"activity-2\""));
        assertTrue(answered.contains("<p>Before filing:</p>"), answered);
        assertTrue(answered.contains("<li>the portal asks for a description</li>"), answered);
        assertTrue(answered.contains("<li>the form asks for Number of Views</li>"), answered);
        assertFalse(publicView.contains("Before filing"), publicView);
        String md = sheet(author().accept("text/markdown"), "1963").asString();
        assertTrue(md.contains("**Private Description**\n\n`Forty answers, see my profile`"), md);
        assertTrue(md.contains("**Before filing**\n\n- the portal asks for a description\n"), md);
        assertTrue(md.contains("## 2. Private feedback\n\nProduct Feedback, Thu Jun 06 1963 (private in MVPress)"), md);

        sheet(anonymous().header("Authorization", "Bearer not-a-token"), "1963").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    static String entry(String title, String date) {
        return """
                {"type": "video", "title": "%s", "date": "%s", "technologyArea": "dotnet", "targetAudiences": ["developer"]}"""
                .formatted(title, date);
    }

    /** A JSON string literal. */
    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
