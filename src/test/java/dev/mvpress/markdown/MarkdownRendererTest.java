package dev.mvpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mvpress.web.ProblemException;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** Payloads from common XSS cheat sheets, raw and inside markdown constructs. */
    static Stream<String> xssPayloads() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<img src=\"jav&#x09;ascript:alert(1)\">",
                "<body onload=alert(1)>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JAVASCRIPT:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "[click](javascript:alert(1))",
                "[click](JavaScript:alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![img](javascript:alert(1))",
                "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "[ref]\n\n[ref]: javascript:alert(1)",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p onclick=\"alert(1)\">click</p>",
                "<input onfocus=alert(1) autofocus>",
                "<details open ontoggle=alert(1)>",
                "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<style>@import 'javascript:alert(1)';</style>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<img src=x onerror=alert(1)//",
                "<<img src=x onerror=alert(1)>>",
                "<a href=x onmouseover=alert(1)>x</a>",
                "<video><source onerror=alert(1)></video>",
                "<audio src=x onerror=alert(1)>",
                "```html\n<script>alert(1)</script>\n```",
                "`<script>alert(1)</script>`",
                "<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<!--><img src=x onerror=alert(1)>-->",
                "<code class=\"x\" onclick=\"alert(1)\">x</code>");
    }

    @ParameterizedTest
    @MethodSource("xssPayloads")
    void nothingExecutableSurvives(String payload) {
        String html = renderer.render("Before\n\n" + payload + "\n\nAfter").html();
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            assertFalse(Stream.of("script", "iframe", "object", "embed", "svg", "math", "style", "form", "meta", "base",
                    "link", "video", "audio", "source", "noscript").anyMatch(tag::equals), "tag " + tag + " in " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertFalse(name.startsWith("on"), "event handler " + name + " in " + html);
                assertFalse(name.equals("style") || name.equals("srcdoc") || name.equals("background"), name + " in " + html);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"),
                        "dangerous URL in " + name + " of " + html);
            }
        }
    }

    @Test
    void gitHubFlavourFeaturesRender() {
        String html = renderer.render("""
                # A heading

                | a | b |
                |:--|--:|
                | 1 | 2 |

                ~~gone~~ and https://example.com

                - [x] done
                - [ ] todo

                ```java
                var x = 1;
                ```

                [relative](/about) [anchor](#a-heading) <mailto:me@example.com>
                """).html();
        assertTrue(html.contains("<h1 id=\"a-heading\">A heading</h1>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td align=\"right\">2</td>"), html);
        assertTrue(html.contains("<del>gone</del>"), html);
        assertTrue(html.contains("<a href=\"https://example.com\">https://example.com</a>"), html);
        assertTrue(html.contains("type=\"checkbox\"") && html.contains("checked"), html);
        assertTrue(html.contains("<code class=\"language-java\">"), html);
        assertTrue(html.contains("href=\"/about\"") && html.contains("href=\"#a-heading\""), html);
        assertTrue(html.contains("href=\"mailto:me@example.com\""), html);
    }

    @Test
    void wordsAndReadingTimeComeFromTheText() {
        RenderedMarkdown rendered = renderer.render("# Title\n\nOne two three, four. **Five** — six!");
        assertEquals(7, rendered.wordCount());
        assertEquals(1, rendered.readingTimeMinutes());
        assertEquals(0, renderer.render("").readingTimeMinutes());
        assertEquals(3, renderer.render("word ".repeat(451)).readingTimeMinutes());
    }

    @Test
    void excerptsAreAtMost300CharactersAndCutAtAWord() {
        RenderedMarkdown rendered = renderer.render("lorem ipsum ".repeat(100));
        String excerpt = rendered.excerpt(null);
        assertTrue(excerpt.length() <= 300, excerpt.length() + "");
        assertTrue(excerpt.endsWith("…"));
        assertTrue(excerpt.startsWith("lorem ipsum lorem"));
        assertEquals("Short summary", rendered.excerpt("  Short summary "));
    }

    /** Shapes that nest thousands of levels deep in a few kilobytes. */
    static Stream<String> deeplyNested() {
        return Stream.of(">".repeat(5_000) + " quoted", "- ".repeat(5_000) + "item", "1. ".repeat(5_000) + "item",
                "> - ".repeat(5_000) + "item", "*".repeat(20_000) + "x" + "*".repeat(20_000),
                "> ".repeat(33) + "one level too many", "_a ".repeat(40) + "b" + "_".repeat(40));
    }

    @ParameterizedTest
    @MethodSource("harmlessOrRefused")
    void hostileShapesRenderOrAreRefusedButNeverOverflow(String markdown) {
        try {
            renderer.render(markdown);
        } catch (ProblemException e) {
            assertEquals("markdown", e.errors().get(0).field());
        }
    }

    static Stream<String> harmlessOrRefused() {
        return Stream.of("*a ".repeat(10_000) + "b" + "* ".repeat(10_000), "[".repeat(20_000) + "x" + "](/a)".repeat(20_000),
                "<div>".repeat(20_000) + "x", "<blockquote>".repeat(20_000) + "x", "`".repeat(20_000),
                "    ".repeat(2_000) + "- x", "|a|\n|-|\n" + "|**x**|\n".repeat(5_000));
    }

    @ParameterizedTest
    @MethodSource("deeplyNested")
    void nestingBeyondTheLimitIsRefusedNamingTheMarkdownField(String markdown) {
        ProblemException refused = Assertions.assertThrows(
                ProblemException.class, () -> renderer.render(markdown));
        assertEquals("markdown", refused.errors().get(0).field());
    }

    @Test
    void listsNestedEightLevelsDeepWithQuotesAndEmphasisStillRender() {
        StringBuilder markdown = new StringBuilder();
        for (int level = 0; level < 8; level++) {
            markdown.append("  ".repeat(level)).append("- niveau ").append(level).append(" *é* **ü**\n");
        }
        markdown.append("\n> > > quoted **_[deep](https://example.com)_**\n");
        String html = renderer.render(markdown.toString()).html();
        assertEquals(8, Jsoup.parse(html).select("ul").size());
        assertTrue(html.contains("<a href=\"https://example.com\">deep</a>"), html);
    }

    @Test
    void imagesLoadLazilyAndKeepTheSizeTheMarkdownGivesThem() {
        String html = renderer.render("""
                Intro with a chart:

                ![Latency by region](https://example.com/charts/latency.png){width=800 height=450} and text after.

                ![Only wide](https://example.com/w.png){ height="300" width="1200" }

                ![No size](https://example.com/n.png)

                <img src="https://example.com/raw.png" alt="Raw HTML" width="640" height="360">

                <img src="https://example.com/bad.png" alt="Bad" width="100%" height="auto">

                ```text
                ![Not an image](x.png){width=1}
                ```
                """).html();
        var doc = Jsoup.parse(html);
        var images = doc.select("img");
        assertEquals(5, images.size(), html);
        assertEquals("800", images.get(0).attr("width"));
        assertEquals("450", images.get(0).attr("height"));
        assertTrue(images.get(0).parent().text().contains("and text after."), html);
        assertFalse(doc.select("p").text().contains("{"), "the size syntax is taken out of the text: " + html);
        assertEquals("1200", images.get(1).attr("width"));
        assertEquals("300", images.get(1).attr("height"));
        assertFalse(images.get(2).hasAttr("width"));
        assertEquals("640", images.get(3).attr("width"));
        assertEquals("360", images.get(3).attr("height"));
        assertFalse(images.get(4).hasAttr("width"), "a width that is not pixels is dropped: " + html);
        assertFalse(images.get(4).hasAttr("height"));
        for (Element image : images) {
            assertEquals("lazy", image.attr("loading"), html);
            assertEquals("async", image.attr("decoding"), html);
        }
        assertTrue(doc.select("code").text().contains("{width=1}"), "code keeps its text: " + html);
    }

    @Test
    void theTableOfContentsListsEveryHeadingWithTheIdItHasInTheHtml() {
        RenderedMarkdown rendered = renderer.render("""
                # Über Zürich

                Intro.

                ## Why `dotnet` & Azure?

                ### 東京 notes

                ```bash
                # not a heading
                ```

                ## Why `dotnet` & Azure?

                #### Deep *emphasis*
                """);
        var doc = Jsoup.parse(rendered.html());
        var headings = doc.select("h1, h2, h3, h4, h5, h6");
        assertEquals(headings.size(), rendered.toc().size(), rendered.html());
        for (int i = 0; i < headings.size(); i++) {
            Heading entry = rendered.toc().get(i);
            assertEquals(headings.get(i).id(), entry.id());
            assertEquals(headings.get(i).tagName(), "h" + entry.level());
            assertEquals(headings.get(i).text(), entry.text());
        }
        assertEquals(List.of(1, 2, 3, 2, 4), rendered.toc().stream().map(Heading::level).toList());
        assertEquals("Why dotnet & Azure?", rendered.toc().get(1).text());
        assertEquals("東京 notes", rendered.toc().get(2).text());
        assertTrue(!rendered.toc().get(1).id().equals(rendered.toc().get(3).id()), "repeated headings get distinct ids");
        assertEquals(rendered.toc(), MarkdownRenderer.toc(rendered.html()), "the toc read off stored html is the same");
        assertEquals(List.of(), renderer.render("No headings at all.").toc());
    }
}
