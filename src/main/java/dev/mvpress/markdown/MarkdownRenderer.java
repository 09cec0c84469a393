package dev.mvpress.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import dev.mvpress.web.ProblemException;

/**
 * CommonMark with GitHub tables, strikethrough, autolinks, task lists and heading anchors, then an
 * allow-list sanitizer: whatever the markdown holds (raw HTML included), the output carries no
 * script, no event handler, no style and no URL other than http(s), mailto or relative. Rendering
 * recurses once per level of nesting, so nesting is limited (see {@link #MAX_NESTING}).
 *
 * <p>
 * Images load lazily ({@code loading="lazy"}, {@code decoding="async"}) and keep the size the markdown
 * gives them, as raw HTML ({@code <img width="800" height="450">}) or as attributes after the image
 * ({@code ![A chart](chart.png){width=800 height=450}}, the syntax of commonmark's image-attributes
 * extension, Pandoc and kramdown), so a page reserves their space before they load. The headings with
 * their ids make the table of contents.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    // Resolves relative links during sanitizing only; relative links are kept as written.
    private static final String BASE = "https://mvpress.invalid/";
    /** {width=800 height=450} (either, both, any order) right after an image. */
    private static final Pattern IMAGE_SIZE = Pattern.compile(
            "^\\{\\s*(?:(width|height)=\"?(\\d{1,5})\"?)(?:\\s+(width|height)=\"?(\\d{1,5})\"?)?\\s*}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");

    /**
     * Most levels of nesting a body may have: block quotes, lists, emphasis, strikethrough, links and
     * images, each inside the other. Real posts stay far below it; thousands of levels would overflow
     * the stack while rendering.
     */
    public static final int MAX_NESTING = 32;

    private final List<Extension> extensions;
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;

    public MarkdownRenderer() {
        extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), TaskListItemsExtension.create(), HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
        this.cleaner = new Cleaner(safelist());
    }

    /** The body as sanitized HTML and text; a body nested too deeply is a 400 naming {@code markdown}. */
    public RenderedMarkdown render(String markdown) {
        String html;
        try {
            Node document = parser.parse(markdown == null ? "" : markdown);
            if (nesting(document) > MAX_NESTING) {
                throw tooDeep();
            }
            Map<Node, Map<String, String>> sizes = imageSizes(document);
            html = sizes.isEmpty() ? renderer.render(document)
                    : HtmlRenderer.builder().extensions(extensions)
                            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                                Map<String, String> size = sizes.get(node);
                                if (size != null) {
                                    attributes.putAll(size);
                                }
                            }).build().render(document);
        } catch (StackOverflowError e) {
            // commonmark recurses per level while parsing too: thousands of levels overflow before the
            // tree can be measured. The frames are gone once caught, and the input is the author's to fix.
            throw tooDeep();
        }
        return sanitize(html);
    }

    /**
     * The sizes written as {@code {width=.. height=..}} right after images, taken out of the text that
     * follows them; an identity map, since nodes are told apart by identity.
     */
    private static Map<Node, Map<String, String>> imageSizes(Node document) {
        Map<Node, Map<String, String>> sizes = new IdentityHashMap<>();
        List<Node> images = new ArrayList<>();
        collectImages(document, images);
        for (Node image : images) {
            if (image.getNext() instanceof Text text) {
                Matcher m = IMAGE_SIZE.matcher(text.getLiteral());
                if (m.find() && (m.group(3) == null || !m.group(3).equals(m.group(1)))) {
                    Map<String, String> size = new LinkedHashMap<>();
                    size.put(m.group(1), m.group(2));
                    if (m.group(3) != null) {
                        size.put(m.group(3), m.group(4));
                    }
                    sizes.put(image, size);
                    String rest = text.getLiteral().substring(m.end());
                    if (rest.isEmpty()) {
                        text.unlink();
                    } else {
                        text.setLiteral(rest);
                    }
                }
            }
        }
        return sizes;
    }

    /** Every image of the document, walked without recursion (see {@link #nesting}). */
    private static void collectImages(Node document, List<Node> images) {
        Node node = document.getFirstChild();
        while (node != null && node != document) {
            if (node instanceof Image) {
                images.add(node);
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == null || node == document ? null : node.getNext();
        }
    }

    private static ProblemException tooDeep() {
        return ProblemException.invalid("markdown", "must not nest block quotes, lists, emphasis or links more than "
                + MAX_NESTING + " levels deep");
    }

    /** Deepest nesting of the parsed document, walked without recursion (the point is not to overflow). */
    static int nesting(Node document) {
        int deepest = 0;
        int depth = 0;
        Node node = document.getFirstChild();
        if (node == null) {
            return 0;
        }
        depth = level(node);
        while (node != null) {
            deepest = Math.max(deepest, depth);
            if (deepest > MAX_NESTING) {
                return deepest;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth += level(node);
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                depth -= level(node);
                node = node.getParent();
            }
            if (node == null || node == document) {
                break;
            }
            depth -= level(node);
            node = node.getNext();
            depth += level(node);
        }
        return deepest;
    }

    /** 1 for the nodes that nest without bound (a list item adds nothing to its list), 0 for the rest. */
    private static int level(Node node) {
        return node instanceof BlockQuote || node instanceof ListBlock || node instanceof Emphasis
                || node instanceof StrongEmphasis || node instanceof Strikethrough || node instanceof Link
                || node instanceof Image ? 1 : 0;
    }

    private RenderedMarkdown sanitize(String raw) {
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
        for (Element img : clean.select("img")) {
            for (String dimension : List.of("width", "height")) {
                if (img.hasAttr(dimension) && !DIGITS.matcher(img.attr(dimension).strip()).matches()) {
                    img.removeAttr(dimension);
                }
            }
            img.attr("loading", "lazy").attr("decoding", "async");
        }
        clean.outputSettings().prettyPrint(false);
        String html = clean.body().html();
        String text = clean.body().text();
        int words = countWords(text);
        int minutes = words == 0 ? 0 : Math.max(1, (int) Math.ceil(words / (double) RenderedMarkdown.WORDS_PER_MINUTE));
        return new RenderedMarkdown(html, text, words, minutes, toc(clean));
    }

    /** The headings of sanitized HTML that have an id, in order: a table of contents whose ids are those in the html. */
    public static List<Heading> toc(String html) {
        return toc(Jsoup.parseBodyFragment(html == null ? "" : html));
    }

    private static List<Heading> toc(Document html) {
        List<Heading> toc = new ArrayList<>();
        for (Element heading : html.body().select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            toc.add(new Heading(heading.tagName().charAt(1) - '0', heading.id(), heading.text().strip()));
        }
        return toc;
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
                .addAttributes("img", "loading", "decoding")
                .addEnforcedAttribute("input", "type", "checkbox")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
    }
}
