package dev.mvpress;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.support.Api;
import dev.mvpress.support.Corpus;

/**
 * What each caller sees of drafts, scheduled posts and private contributions on every read route, over the
 * realistic corpus, asserted from one table: {@link #ROUTES} x {@link Caller}. A caller without drafts:read sees
 * published posts whose time has come, the tags they carry and public contributions without private fields, and
 * never a hidden slug, title or id in any status line, header or body; drafts:read and admin see everything. Run
 * by VisibilityMatrixTest (@QuarkusTest) and VisibilityMatrixIT (the packaged jar).
 */
public abstract class VisibilityMatrix {

    /** Who calls. Adding a caller is one line. */
    public enum Caller {
        ANONYMOUS(null, false),
        POSTS_WRITE("posts:write", false),
        CONTRIBUTIONS_WRITE("contributions:write", false),
        DRAFTS_READ("drafts:read", true),
        ADMIN("admin", true);

        final String scope;
        final boolean seesHidden;

        Caller(String scope, boolean seesHidden) {
            this.scope = scope;
            this.seesHidden = seesHidden;
        }

        public RequestSpecification request(Corpus corpus) {
            RequestSpecification request = given().redirects().follow(false);
            if (scope == null) {
                return request;
            }
            String secret = scope.equals("admin") ? Api.TOKEN : corpus.tokens.get(scope);
            return request.header("Authorization", "Bearer " + secret);
        }
    }

    /** One request and its answer. */
    public record Exchange(String request, Response response) {
    }

    /** What a route must show a caller, beyond the rules every response keeps. */
    public interface Expect {
        void check(Corpus corpus, List<Exchange> exchanges);
    }

    public record Route(String name, BiFunction<Corpus, Function<String, RequestSpecification>, List<Exchange>> call,
            Expect visitor, Expect reader) {
    }

    static Route row(String name, BiFunction<Corpus, Function<String, RequestSpecification>, List<Exchange>> call,
            Expect visitor, Expect reader) {
        return new Route(name, call, visitor, reader);
    }

    // ---- requests ----

    static BiFunction<Corpus, Function<String, RequestSpecification>, List<Exchange>> get(String path) {
        return (c, caller) -> List.of(send(caller, path, null));
    }

    static BiFunction<Corpus, Function<String, RequestSpecification>, List<Exchange>> get(Function<Corpus, String> path) {
        return (c, caller) -> List.of(send(caller, path.apply(c), null));
    }

    static BiFunction<Corpus, Function<String, RequestSpecification>, List<Exchange>> each(
            Function<Corpus, List<String>> paths, String accept) {
        return (c, caller) -> paths.apply(c).stream().map(p -> send(caller, p, accept)).toList();
    }

    static Exchange send(Function<String, RequestSpecification> caller, String path, String accept) {
        RequestSpecification request = caller.apply(path);
        if (accept != null) {
            request.accept(accept);
        }
        return new Exchange("GET " + path + (accept == null ? "" : " [" + accept + "]"), request.get(path));
    }

    /** An empty merge patch on each path: writes nothing, and must answer nothing the caller may not read. */
    static BiFunction<Corpus, Function<String, RequestSpecification>, List<Exchange>> emptyPatch(
            Function<Corpus, List<String>> paths) {
        return (c, caller) -> paths.apply(c).stream().map(path -> new Exchange("PATCH {} " + path,
                caller.apply(path).contentType("application/merge-patch+json").body("{}").patch(path))).toList();
    }

    /**
     * The filing ledger told that these entries are not filed (they are not): writes nothing, and must answer nothing
     * the caller may not read. The request names the ids, so an answer may name them back.
     */
    static BiFunction<Corpus, Function<String, RequestSpecification>, List<Exchange>> notFiled(
            Function<Corpus, List<String>> ids) {
        return (c, caller) -> {
            String path = "/api/contributions/filings";
            String body = ids.apply(c).stream().map(id -> "{\"id\": \"" + id + "\", \"filed\": false}")
                    .collect(Collectors.joining(", ", "[", "]"));
            return List.of(new Exchange("POST " + path + " " + body,
                    caller.apply(path).contentType("application/json").body(body).post(path)));
        };
    }

    /** Every page of a posts list, following page.nextCursor. */
    static BiFunction<Corpus, Function<String, RequestSpecification>, List<Exchange>> cursorPages(String path) {
        return (c, caller) -> {
            List<Exchange> pages = new ArrayList<>();
            String next = path;
            while (next != null && pages.size() < 200) {
                Exchange page = send(caller, next, null);
                pages.add(page);
                String cursor =
                        page.response().statusCode() == 200 ? page.response().jsonPath().getString("page.nextCursor") : null;
                next = cursor == null ? null : path + (path.contains("?") ? "&" : "?") + "after=" + cursor;
            }
            return pages;
        };
    }

    /** Every page of a numbered list (tags, contributions). */
    static BiFunction<Corpus, Function<String, RequestSpecification>, List<Exchange>> numberedPages(String path) {
        return (c, caller) -> {
            List<Exchange> pages = new ArrayList<>();
            for (int number = 1; number < 200; number++) {
                Exchange page = send(caller, path + (path.contains("?") ? "&" : "?") + "size=100&page=" + number, null);
                pages.add(page);
                if (page.response().statusCode() != 200
                        || number >= page.response().jsonPath().getInt("page.totalPages")) {
                    break;
                }
            }
            return pages;
        };
    }

    /** Every change from the beginning, following nextCursor while hasMore. */
    static BiFunction<Corpus, Function<String, RequestSpecification>, List<Exchange>> changes() {
        return (c, caller) -> {
            List<Exchange> pages = new ArrayList<>();
            String path = "/api/changes?limit=1000";
            while (path != null && pages.size() < 500) {
                Exchange page = send(caller, path, null);
                pages.add(page);
                path = page.response().statusCode() == 200 && page.response().jsonPath().getBoolean("hasMore")
                        ? "/api/changes?limit=1000&since=" + page.response().jsonPath().getString("nextCursor") : null;
            }
            return pages;
        };
    }

    /** Each hidden post's path with the preview link of the next hidden post. */
    static List<String> crossedPreviews(Corpus c) {
        List<String> slugs = slugs(c.hiddenPosts());
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            paths.add("/api/posts/" + slugs.get(i) + "?preview=" + Api.previewToken(slugs.get((i + 1) % slugs.size())));
        }
        return paths;
    }

    /** A link with one character of its signature changed. */
    static String altered(String token) {
        int at = token.length() - 10;
        return token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }

    // ---- expectations ----

    static final Expect ANY = (c, ex) -> {
    };

    static Expect status(int status) {
        return (c, ex) -> ex
                .forEach(e -> assertEquals(status, e.response().statusCode(), e.request() + ": " + e.response().asString()));
    }

    /** One of these statuses on every page (401 or 403: refused, whichever the caller's token earns). */
    static Expect statusIn(int... statuses) {
        return (c, ex) -> ex.forEach(e -> assertTrue(Arrays.stream(statuses).anyMatch(s -> s == e.response().statusCode()),
                e.request() + ": " + e.response().statusCode() + " " + e.response().asString()));
    }

    /** 200, and together the pages show every one of these strings. */
    static Expect shows(Function<Corpus, List<String>> wanted) {
        return (c, ex) -> {
            status(200).check(c, ex);
            StringBuilder all = new StringBuilder();
            ex.forEach(e -> all.append(e.response().asString()));
            for (String want : wanted.apply(c)) {
                assertTrue(all.indexOf(want) >= 0, ex.get(0).request() + " does not show " + want);
            }
        };
    }

    /** The filing ledger and portal checks are the author's: no answer carries them to a caller without drafts:read. */
    static final Expect NO_FILING_STATE = (c, ex) -> ex.forEach(e -> {
        for (String field : List.of("portalId", "filedAt", "changedSinceFiling", "portalIssues")) {
            assertFalse(e.response().asString().contains("\"" + field + "\""), e.request() + " shows " + field);
        }
    });

    /**
     * For answers that are public whoever asks (the profile page): not even a caller with drafts:read finds a hidden
     * marker in them.
     */
    static final Expect PUBLIC_FOR_EVERYONE = (c, ex) -> {
        status(200).check(c, ex);
        NO_FILING_STATE.check(c, ex);
        ex.forEach(e -> keepsTheRules(e, c.hiddenMarkers()));
    };

    static Expect both(Expect a, Expect b) {
        return (c, ex) -> {
            a.check(c, ex);
            b.check(c, ex);
        };
    }

    static List<String> slugs(List<Corpus.Post> posts) {
        return posts.stream().map(Corpus.Post::slug).toList();
    }

    static List<String> slugsOf(List<Corpus.Post> posts, List<Corpus.Post> pages) {
        return java.util.stream.Stream.concat(posts.stream(), pages.stream()).map(Corpus.Post::slug).toList();
    }

    static List<String> withTag(Corpus c, String tag, boolean visible) {
        return c.posts.stream().filter(p -> p.visible() == visible && p.tagSlugs().contains(tag)).map(Corpus.Post::slug)
                .toList();
    }

    static String hiddenTag(Corpus c) {
        return c.hiddenTagSlugs.iterator().next();
    }

    static final String PERIOD = "from=2022-01-01&to=2031-06-30";

    /** The table. Adding a route is one line. */
    static final List<Route> ROUTES = List.of(
            row("posts, every cursor page", cursorPages("/api/posts?size=100"),
                    shows(c -> slugs(c.visiblePosts())), shows(c -> slugs(c.visiblePosts()))),
            row("posts ?status=any", cursorPages("/api/posts?status=any&size=100"),
                    ANY, shows(c -> slugs(c.posts))),
            row("posts ?tag=net (.NET)", get("/api/posts?tag=net&size=100"),
                    shows(c -> withTag(c, "net", true)), shows(c -> withTag(c, "net", true))),
            row("posts ?tag=net&status=any", get("/api/posts?tag=net&status=any&size=100"),
                    ANY, shows(c -> withTag(c, "net", false))),
            row("posts ?tag=<hidden-only tag>", get(c -> "/api/posts?size=100&tag=" + hiddenTag(c)), ANY, ANY),
            row("posts ?tag=<hidden-only tag>&status=any", get(c -> "/api/posts?status=any&size=100&tag=" + hiddenTag(c)),
                    ANY, shows(c -> withTag(c, hiddenTag(c), false))),
            row("posts ?q=embargoed", get("/api/posts?q=embargoed&size=100"), ANY, ANY),
            row("posts ?q=embargoed&status=any", get("/api/posts?q=embargoed&status=any&size=100"),
                    ANY, shows(c -> List.of(c.post("scheduled-launch").slug()))),
            row("posts ?q=nominates", get("/api/posts?q=nominates&size=100"),
                    shows(c -> List.of(c.post("becoming-a-microsoft-mvp").slug())),
                    shows(c -> List.of(c.post("becoming-a-microsoft-mvp").slug()))),
            row("posts ?sort=title&include=body,markdown", cursorPages("/api/posts?sort=title&include=body,markdown&size=100"),
                    ANY, ANY),
            row("posts ?sort=publishedAt", cursorPages("/api/posts?sort=publishedAt&size=100"),
                    shows(c -> slugs(c.visiblePosts())), ANY),
            row("posts ?sort=-updatedAt&status=any", get("/api/posts?sort=-updatedAt&status=any&size=100"), ANY, ANY),
            row("post by slug, visible", each(c -> slugs(c.visiblePosts()).stream().map(s -> "/api/posts/" + s).toList(), null),
                    status(200), status(200)),
            row("post by slug, visible, markdown",
                    each(c -> slugs(c.visiblePosts()).stream().map(s -> "/api/posts/" + s).toList(),
                            "text/markdown"),
                    status(200), status(200)),
            row("post by slug, hidden", each(c -> slugs(c.hiddenPosts()).stream().map(s -> "/api/posts/" + s).toList(), null),
                    status(404), status(200)),
            row("post by slug, hidden, markdown",
                    each(c -> slugs(c.hiddenPosts()).stream().map(s -> "/api/posts/" + s).toList(),
                            "text/markdown"),
                    status(404), status(200)),
            row("post by old slug of a renamed post",
                    each(c -> c.renamed.keySet().stream().map(s -> "/api/posts/" + s).toList(), null),
                    status(301), status(301)),
            // Preview links: a wrong, altered or empty link shows nothing hidden, to any caller (a right one shows its
            // post to anyone who holds it: PreviewLinkTest).
            row("post by slug, hidden, ?preview=<another hidden post's link>", each(c -> crossedPreviews(c), null),
                    status(403), status(403)),
            row("post by slug, hidden, markdown, ?preview=<another hidden post's link>",
                    each(c -> crossedPreviews(c), "text/markdown"), status(403), status(403)),
            row("post by slug, hidden, ?preview=<its own link, altered>",
                    each(c -> slugs(c.hiddenPosts()).stream()
                            .map(s -> "/api/posts/" + s + "?preview=" + altered(Api.previewToken(s))).toList(), null),
                    status(403), status(403)),
            row("post by slug, hidden, ?preview= (empty: no link)",
                    each(c -> slugs(c.hiddenPosts()).stream().map(s -> "/api/posts/" + s + "?preview=").toList(), null),
                    status(404), status(200)),
            row("post by slug, visible, ?preview=<a hidden post's link>",
                    each(c -> slugs(c.visiblePosts()).stream().limit(5)
                            .map(s -> "/api/posts/" + s + "?preview=" + Api.previewToken(c.hiddenPosts().get(0).slug()))
                            .toList(), null),
                    status(403), status(403)),
            row("post by old slug of a renamed post, ?preview=<a hidden post's link>",
                    each(c -> c.renamed.keySet().stream()
                            .map(s -> "/api/posts/" + s + "?preview=" + Api.previewToken(c.hiddenPosts().get(0).slug()))
                            .toList(), null),
                    status(403), status(403)),
            row("unknown post, ?preview=<a hidden post's link>",
                    get(c -> "/api/posts/no-such-post-anywhere?preview=" + Api.previewToken(c.hiddenPosts().get(0).slug())),
                    status(403), status(403)),
            row("post by old slug of a withdrawn post", get(c -> "/api/posts/" + c.withdrawnOldSlug), status(404), ANY),
            row("related, visible",
                    each(c -> slugs(c.visiblePosts()).stream().map(s -> "/api/posts/" + s + "/related?limit=10").toList(),
                            null),
                    status(200), status(200)),
            row("related, hidden",
                    each(c -> slugs(c.hiddenPosts()).stream().map(s -> "/api/posts/" + s + "/related").toList(), null),
                    status(404), ANY),
            row("tags, every page", numberedPages("/api/tags"),
                    shows(c -> List.copyOf(c.visibleTagSlugs)), shows(c -> List.copyOf(c.hiddenTagSlugs))),
            row("tags ?sort=-postCount", numberedPages("/api/tags?sort=-postCount"), ANY, ANY),
            row("tag, visible", each(c -> c.visibleTagSlugs.stream().map(s -> "/api/tags/" + s).toList(), null), status(200),
                    status(200)),
            row("tag, hidden-only", each(c -> c.hiddenTagSlugs.stream().map(s -> "/api/tags/" + s).toList(), null), status(404),
                    status(200)),
            // The seed post's series has a draft and a scheduled part beside it (corpus 047, 051).
            row("series, every page", numberedPages("/api/series"), shows(c -> List.of("mvp-journey")),
                    shows(c -> List.of("mvp-journey"))),
            row("series with its parts", get("/api/series/mvp-journey"),
                    shows(c -> List.of(c.post("becoming-a-microsoft-mvp").slug())),
                    shows(c -> List.of(c.post("becoming-a-microsoft-mvp").slug(), c.post("draft-notes-on-hidden").slug(),
                            c.post("scheduled-launch").slug()))),
            row("unknown series", get("/api/series/no-such-series-anywhere"), status(404), status(404)),
            row("feed.xml", get("/api/feed.xml"), status(200), status(200)),
            row("feed.atom", get("/api/feed.atom"), status(200), status(200)),
            row("feed.json", get("/api/feed.json"), status(200), status(200)),
            row("feed.xml ?tag=net", get("/api/feed.xml?tag=net"), status(200), status(200)),
            row("feed.atom ?tag=azure-devops", get("/api/feed.atom?tag=azure-devops"), status(200), status(200)),
            row("feed.json ?tag=c", get("/api/feed.json?tag=c"), status(200), status(200)),
            row("feed.xml ?tag=<hidden-only>", get(c -> "/api/feed.xml?tag=" + hiddenTag(c)), status(404), ANY),
            row("feed.atom ?tag=<hidden-only>", get(c -> "/api/feed.atom?tag=" + hiddenTag(c)), status(404), ANY),
            row("feed.json ?tag=<hidden-only>", get(c -> "/api/feed.json?tag=" + hiddenTag(c)), status(404), ANY),
            row("site settings", get("/api/site"), status(200), status(200)),
            row("profile", get("/api/profile"), PUBLIC_FOR_EVERYONE, PUBLIC_FOR_EVERYONE),
            row("sitemap.xml", get("/api/sitemap.xml"), shows(c -> slugsOf(c.visiblePosts(), c.visiblePages())),
                    shows(c -> slugsOf(c.visiblePosts(), c.visiblePages()))),
            // The first numbered file, which on a site within mvpress.sitemap.max-urls holds the same URLs.
            row("sitemap-1.xml", get("/api/sitemap-1.xml"), shows(c -> slugsOf(c.visiblePosts(), c.visiblePages())),
                    shows(c -> slugsOf(c.visiblePosts(), c.visiblePages()))),
            row("sitemap-2.xml (past the last file)", get("/api/sitemap-2.xml"), status(404), status(404)),
            row("changes, every page", changes(),
                    shows(c -> slugs(c.visiblePosts())), shows(c -> c.hiddenPosts().stream().map(Corpus.Post::id).toList())),
            row("contributions, every page", numberedPages("/api/contributions"),
                    both(shows(c -> c.visibleContributions().stream().map(Corpus.Contribution::id).toList()),
                            NO_FILING_STATE),
                    shows(c -> c.contributions.stream().map(Corpus.Contribution::id).toList())),
            row("contributions ?filed=false (the author's filter)", numberedPages("/api/contributions?filed=false"),
                    status(400), shows(c -> c.hiddenContributions().stream().map(Corpus.Contribution::id).toList())),
            row("contributions ?changedSinceFiling=true", get("/api/contributions?changedSinceFiling=true"), status(400),
                    status(200)),
            row("contributions ?unknownNames=true", get("/api/contributions?unknownNames=true"), status(400), status(200)),
            row("filings: hidden entries marked not filed",
                    notFiled(c -> c.hiddenContributions().stream().map(Corpus.Contribution::id).toList()),
                    statusIn(400, 401, 403), statusIn(200, 403)),
            row("filings: visible entries marked not filed",
                    notFiled(c -> c.visibleContributions().stream().map(Corpus.Contribution::id).toList()),
                    both(statusIn(200, 401, 403), NO_FILING_STATE), statusIn(200, 403)),
            row("contributions ?q=mentoring", get("/api/contributions?q=mentoring&size=100"),
                    ANY, shows(c -> List.of("PRIVTITLE-mentee"))),
            row("contributions ?year=2025", get("/api/contributions?year=2025&size=100"),
                    shows(c -> c.visibleContributions().stream().filter(e -> e.date().startsWith("2025"))
                            .map(Corpus.Contribution::id).toList()),
                    shows(c -> c.contributions.stream().filter(e -> e.date().startsWith("2025")).map(Corpus.Contribution::id)
                            .toList())),
            row("contributions ?from=2030-01-01", get("/api/contributions?from=2030-01-01&size=100"), ANY,
                    shows(c -> c.hiddenAutoContributionIds)),
            row("contribution by id, visible",
                    each(c -> c.visibleContributions().stream().map(e -> "/api/contributions/" + e.id()).toList(), null),
                    both(status(200), NO_FILING_STATE), status(200)),
            row("contribution by id, hidden",
                    each(c -> Stream.concat(c.hiddenContributions().stream().map(Corpus.Contribution::id),
                            c.hiddenAutoContributionIds.stream()).map(id -> "/api/contributions/" + id).toList(), null),
                    status(404), status(200)),
            row("contribution's portal body, hidden",
                    each(c -> Stream.concat(c.hiddenContributions().stream().map(Corpus.Contribution::id),
                            c.hiddenAutoContributionIds.stream()).map(id -> "/api/contributions/" + id + "/portal-activity")
                            .toList(), null),
                    status(404), status(200)),
            row("contributions summary", get("/api/contributions/summary?" + PERIOD), status(200), status(200)),
            row("contributions export csv", get("/api/contributions/export?format=csv&" + PERIOD),
                    shows(c -> List.of("Lisbon .NET User Group")), shows(c -> List.of("PRIVTITLE-mentee", "PRIVNOTE-mentee"))),
            row("contributions filing sheet (html)", get("/api/contributions/filing-sheet?" + PERIOD),
                    shows(c -> List.of("Lisbon .NET User Group")), shows(c -> List.of("PRIVTITLE-mentee", "PRIVNOTE-mentee"))),
            row("contributions filing sheet (markdown)", get("/api/contributions/filing-sheet?format=markdown&" + PERIOD),
                    shows(c -> List.of("Lisbon .NET User Group")), shows(c -> List.of("PRIVTITLE-mentee", "PRIVNOTE-mentee"))),
            row("contributions export portal", get("/api/contributions/export?format=portal&" + PERIOD),
                    shows(c -> List.of("Lisbon .NET User Group")), shows(c -> List.of("PRIVTITLE-mentee"))),
            row("PATCH {} on hidden posts (a write answers no more than the caller may read)",
                    emptyPatch(c -> slugs(c.hiddenPosts()).stream().map(s -> "/api/posts/" + s).toList()), ANY, ANY),
            row("PATCH {} on private contributions",
                    emptyPatch(c -> c.contributions.stream().filter(e -> e.privateDescription() != null)
                            .map(e -> "/api/contributions/" + e.id()).toList()),
                    ANY, ANY),
            row("revisions of hidden posts",
                    each(c -> slugs(c.hiddenPosts()).stream().map(s -> "/api/posts/" + s + "/revisions").toList(), null),
                    statusIn(401, 403), status(200)),
            row("revisions of visible posts",
                    each(c -> slugs(c.visiblePosts()).stream().map(s -> "/api/posts/" + s + "/revisions").toList(), null),
                    statusIn(401, 403), status(200)),
            row("first revision of hidden posts",
                    each(c -> slugs(c.hiddenPosts()).stream().map(s -> "/api/posts/" + s + "/revisions/1").toList(), null),
                    statusIn(401, 403), status(200)),
            row("pages, every page", numberedPages("/api/pages"), shows(c -> slugs(c.visiblePages())),
                    shows(c -> slugs(c.visiblePages()))),
            row("pages ?status=any", numberedPages("/api/pages?status=any"), ANY, shows(c -> slugs(c.pages))),
            row("page by slug, visible", each(c -> slugs(c.visiblePages()).stream().map(s -> "/api/pages/" + s).toList(),
                    null), status(200), status(200)),
            row("page by slug, hidden", each(c -> slugs(c.hiddenPages()).stream().map(s -> "/api/pages/" + s).toList(), null),
                    status(404), status(200)),
            row("page by slug, hidden, markdown",
                    each(c -> slugs(c.hiddenPages()).stream().map(s -> "/api/pages/" + s).toList(), "text/markdown"),
                    status(404), status(200)),
            row("page as a post (a page's slug at /api/posts)",
                    each(c -> slugs(c.pages).stream().map(s -> "/api/posts/" + s).toList(), null), status(404), status(404)),
            row("unknown post (error response)", get("/api/posts/no-such-post-anywhere"), status(404), status(404)),
            row("bad cursor (error response)", get("/api/posts?after=not-a-cursor"), status(400), status(400)));

    @TestFactory
    Stream<DynamicNode> everyRouteForEveryCaller() {
        Corpus corpus = Corpus.get();
        return ROUTES.stream().map(route -> DynamicContainer.dynamicContainer(route.name(), Stream.of(Caller.values())
                .map(caller -> DynamicTest.dynamicTest(caller.name(), () -> check(corpus, route, caller)))));
    }

    static void check(Corpus corpus, Route route, Caller caller) {
        try {
            List<Exchange> exchanges = route.call().apply(corpus, path -> caller.request(corpus));
            List<String> markers = corpus.hiddenMarkers();
            for (Exchange exchange : exchanges) {
                keepsTheRules(exchange, caller.seesHidden ? List.of() : markers);
            }
            (caller.seesHidden ? route.reader() : route.visitor()).check(corpus, exchanges);
        } catch (AssertionError e) {
            // Reports name dynamic tests by index: say which cell of the table failed.
            throw new AssertionError("[" + route.name() + " / " + caller + "] " + e.getMessage(), e);
        }
    }

    /**
     * What every response keeps, for every caller: 2xx, 3xx or 4xx, a 4xx is a problem, XML parses, and (for a caller
     * without drafts:read) no hidden marker the request did not itself name.
     */
    public static void keepsTheRules(Exchange exchange, List<String> markers) {
        Response response = exchange.response();
        keepsTheRules(exchange.request(), response.statusCode(), response.contentType(), Corpus.everything(response),
                response.asByteArray(), markers);
    }

    public static void keepsTheRules(String request, int status, String contentType, String all, byte[] body,
            List<String> markers) {
        String what = request + " -> " + status;
        if (status < 200 || status >= 500) {
            fail(what + ": " + new String(body, StandardCharsets.UTF_8));
        }
        if (status >= 400) {
            assertTrue(String.valueOf(contentType).startsWith("application/problem+json"),
                    what + " is " + contentType + ": " + new String(body, StandardCharsets.UTF_8));
        }
        String path = request.replaceFirst("^\\S+ ", "").replaceFirst(" \\[.*", "");
        if (status == 200 && (path.contains(".xml") || path.contains(".atom"))) {
            parseXml(what, body);
        }
        for (String marker : markers) {
            if (marker != null && !request.contains(marker) && all.contains(marker)) {
                fail(what + " shows hidden '" + marker + "': " + excerpt(all, marker));
            }
        }
    }

    public static void parseXml(String what, byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            fail(what + " is not well-formed XML: " + e.getMessage());
        }
    }

    static String excerpt(String all, String marker) {
        int at = all.indexOf(marker);
        return "..." + all.substring(Math.max(0, at - 150), Math.min(all.length(), at + marker.length() + 150)) + "...";
    }
}
