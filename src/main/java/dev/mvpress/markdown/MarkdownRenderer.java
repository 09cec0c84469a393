package dev.mvpress.markdown;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * CommonMark with GitHub tables, strikethrough, autolinks, task lists and heading anchors, then an
 * allow-list sanitizer: whatever the markdown holds (raw HTML included), the output carries no
 * script, no event handler, no style and no URL other than http(s), mailto or relative.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    // Resolves relative links during sanitizing only; relative links are kept as written.
    private static final String BASE = "https://mvpress.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), TaskListItemsExtension.create(), HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
        this.cleaner = new Cleaner(safelist());
    }

    public RenderedMarkdown render(String markdown) {
        String raw = renderer.render(parser.parse(markdown == null ? "" : markdown));
        Document dirty = Jsoup.parseBodyFragment(raw, BASE);
        Document clean = cleaner.clean(dirty);
        for (Element code : clean.select("code[class]")) {
            String kept = code.classNames().stream().filter(c -> CODE_LANGUAGE.matcher(c).matches()).findFirst().orElse(null);
            if (kept == null) {
                code.removeAttr("class");
            } else {
                code.attr("class", kept);
            }
        }
        clean.outputSettings().prettyPrint(false);
        String html = clean.body().html();
        String text = clean.body().text();
        int words = countWords(text);
        int minutes = words == 0 ? 0 : Math.max(1, (int) Math.ceil(words / (double) RenderedMarkdown.WORDS_PER_MINUTE));
        return new RenderedMarkdown(html, text, words, minutes);
    }

    static int countWords(String text) {
        int count = 0;
        for (String token : text.split("\\s+")) {
            if (WORD.matcher(token).find()) {
                count++;
            }
        }
        return count;
    }

    private static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("del", "s", "hr", "input", "abbr", "kbd", "mark", "details", "summary", "figure", "figcaption")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("code", "class")
                .addAttributes("th", "align").addAttributes("td", "align")
                .addAttributes("a", "title")
                .addAttributes("input", "checked")
                .addEnforcedAttribute("input", "type", "checkbox")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
    }
}
