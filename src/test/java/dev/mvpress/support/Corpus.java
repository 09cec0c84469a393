package dev.mvpress.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The realistic corpus of src/test/resources/corpus (54 posts as the author keeps them, 13 contributions), written
 * once per test JVM through the HTTP API, and what it leaves visible or hidden. Loading is idempotent (PUT by slug,
 * contributions matched by day and title), so a second Quarkus class loader in the same JVM finds it in place.
 * {@code {{run}}} in the files becomes a per-JVM suffix: slugs and the tags only hidden posts carry never meet
 * another test's data.
 */
public final class Corpus {

    public record Post(String kind, String slug, String title, String id, List<String> tagSlugs) {
        public boolean visible() {
            return kind.equals("published");
        }
    }

    public record Contribution(String key, String id, String title, String date, boolean visible, String privateDescription) {
    }

    private static Corpus loaded;

    public final String run;
    public final List<Post> posts = new ArrayList<>();
    /** Pages (kind page): one published, one draft and one scheduled for 2099, each with a long body. */
    public final List<Post> pages = new ArrayList<>();
    public final List<Contribution> contributions = new ArrayList<>();
    /** Old slug to new slug, for published posts renamed after loading (the old slug answers 301). */
    public final Map<String, String> renamed = new LinkedHashMap<>();
    /** A published post renamed and turned back into a draft by one PUT: its old slug must not lead anywhere. */
    public String withdrawnOldSlug;
    public String withdrawnSlug;
    public String withdrawnTitle;
    public final Set<String> visibleTagSlugs = new LinkedHashSet<>();
    public final Set<String> hiddenTagSlugs = new LinkedHashSet<>();
    public final Map<String, String> tagNames = new LinkedHashMap<>();
    /** The blog contributions the API logged itself for scheduled posts: hidden while their post is. */
    public final List<String> hiddenAutoContributionIds = new ArrayList<>();
    public final Map<String, String> tokens = new LinkedHashMap<>();

    private Corpus(String run) {
        this.run = run;
    }

    public static synchronized Corpus get() {
        if (loaded == null) {
            // A system property survives Quarkus' class loaders: one suffix, one corpus per JVM.
            String run = System.getProperty("mvpresstest.corpus.run");
            if (run == null) {
                run = Api.unique();
                System.setProperty("mvpresstest.corpus.run", run);
            }
            Corpus corpus = new Corpus(run);
            corpus.load();
            loaded = corpus;
        }
        return loaded;
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + Api.TOKEN);
    }

    private static String resource(String path) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no corpus resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load() {
        List<String[]> index = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                index.add(line.replace("{{run}}", run).split("\\|", 4));
            }
        }
        // Renames, chosen among the published posts: two keep an alias, one is withdrawn in the same PUT.
        String[] renameA = index.get(5);
        String[] renameB = index.get(12);
        String[] withdrawn = index.get(7);
        Set<String[]> renamedBefore = new HashSet<>();
        for (String[] entry : index) {
            String slug = entry[2];
            String target = entry == renameA || entry == renameB ? slug + "-renamed"
                    : entry == withdrawn ? "withdrawn-probe-notes-" + run : slug;
            if (!target.equals(slug) && admin().redirects().follow(false).get("/api/posts/" + target).statusCode() == 200) {
                renamedBefore.add(entry);
                continue;
            }
            String document = resource("posts/" + entry[1]).replace("{{run}}", run);
            int status = admin().contentType(Api.MARKDOWN).body(document).put("/api/posts/" + slug).statusCode();
            if (status != 200 && status != 201) {
                throw new IllegalStateException("corpus post " + entry[1] + " answered " + status);
            }
        }
        for (String[] entry : List.of(renameA, renameB)) {
            renamed.put(entry[2], entry[2] + "-renamed");
            if (renamedBefore.contains(entry)) {
                continue;
            }
            admin().contentType("application/merge-patch+json").body(Map.of("slug", entry[2] + "-renamed"))
                    .patch("/api/posts/" + entry[2]).then().statusCode(200);
        }
        withdrawnOldSlug = withdrawn[2];
        withdrawnSlug = "withdrawn-probe-notes-" + run;
        withdrawnTitle = "Withdrawn probe notes " + run;
        if (admin().get("/api/posts/" + withdrawnSlug).statusCode() != 200) {
            admin().contentType(Api.MARKDOWN)
                    .body("---\ntitle: " + withdrawnTitle + "\nslug: " + withdrawnSlug
                            + "\ntags: [Kubernetes]\ndraft: true\n---\n"
                            + "Pulled back for a rewrite.\n")
                    .put("/api/posts/" + withdrawnOldSlug).then().statusCode(200);
        }

        for (String[] entry : index) {
            String slug = renamed.getOrDefault(entry[2], entry == withdrawn ? withdrawnSlug : entry[2]);
            String kind = entry == withdrawn ? "draft" : entry[0];
            String title = entry == withdrawn ? withdrawnTitle : entry[3];
            JsonPath post = admin().get("/api/posts/" + slug).then().statusCode(200).extract().jsonPath();
            List<String> tagSlugs = post.getList("tags.slug");
            List<String> names = post.getList("tags.name");
            for (int i = 0; i < tagSlugs.size(); i++) {
                tagNames.put(tagSlugs.get(i), names.get(i));
            }
            posts.add(new Post(kind, slug, title, post.getString("id"), tagSlugs));
        }
        for (Post post : visiblePosts()) {
            visibleTagSlugs.addAll(post.tagSlugs());
        }
        for (Post post : posts) {
            for (String tag : post.tagSlugs()) {
                if (!visibleTagSlugs.contains(tag)) {
                    hiddenTagSlugs.add(tag);
                }
            }
        }

        List<Map<String, Object>> entries;
        try {
            entries = new ObjectMapper().readValue(resource("contributions.json"), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> hiddenSlugs = new LinkedHashSet<>();
        posts.stream().filter(p -> !p.visible()).forEach(p -> hiddenSlugs.add(p.slug()));
        for (Map<String, Object> entry : entries) {
            Map<String, Object> json = new LinkedHashMap<>(entry);
            String key = (String) json.remove("key");
            if (json.get("postSlug") instanceof String slug) {
                json.put("postSlug", slug.replace("{{run}}", run));
            }
            String date = (String) json.get("date");
            String title = (String) json.get("title");
            String id = admin().queryParam("from", date).queryParam("to", date).queryParam("size", 100)
                    .get("/api/contributions").then().statusCode(200).extract().jsonPath()
                    .getString("items.find { it.title == '" + title.replace("'", "\\'") + "' }.id");
            if (id == null) {
                id = admin().contentType(ContentType.JSON).body(json).post("/api/contributions")
                        .then().statusCode(201).extract().path("id");
            }
            boolean hidden = Boolean.TRUE.equals(json.get("private")) || hiddenSlugs.contains(json.get("postSlug"));
            contributions.add(new Contribution(key, id, title, date, !hidden, (String) json.get("privateDescription")));
        }
        List<Map<String, Object>> blog = admin().queryParam("type", "blog").queryParam("from", "2030-01-01")
                .queryParam("size", 100).get("/api/contributions").then().statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, Object> entry : blog) {
            if (hiddenSlugs.contains(entry.get("postSlug"))) {
                hiddenAutoContributionIds.add((String) entry.get("id"));
            }
        }

        for (String kind : List.of("published", "draft", "scheduled")) {
            String slug = kind + "-page-probe-" + run;
            String title = "Page probe, " + kind + " – Über " + run;
            String status = kind.equals("draft") ? "" : "status: " + kind + "\n";
            String date = kind.equals("scheduled") ? "date: 2099-01-01T09:00:00Z\n" : "";
            admin().contentType(Api.MARKDOWN + "; charset=UTF-8").body("---\ntitle: " + title + "\nkind: page\n" + status
                    + date + "---\n## Über diese Seite\n\nWas ich mache, woran ich arbeite. 東京.\n")
                    .put("/api/pages/" + slug).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
            String id = admin().get("/api/pages/" + slug).then().statusCode(200).extract().path("id");
            pages.add(new Post(kind, slug, title, id, List.of()));
        }

        for (String scope : List.of("posts:write", "contributions:write", "drafts:read")) {
            String secret = admin().contentType(ContentType.JSON)
                    .body(Map.of("name", "corpus " + scope + " " + run, "scopes", List.of(scope)))
                    .post("/api/tokens").then().statusCode(201).extract().path("secret");
            tokens.put(scope, secret);
        }
    }

    public List<Post> visiblePosts() {
        return posts.stream().filter(Post::visible).toList();
    }

    public List<Post> hiddenPosts() {
        return posts.stream().filter(p -> !p.visible()).toList();
    }

    public List<Post> visiblePages() {
        return pages.stream().filter(Post::visible).toList();
    }

    public List<Post> hiddenPages() {
        return pages.stream().filter(p -> !p.visible()).toList();
    }

    public Post post(String slugStart) {
        return posts.stream().filter(p -> p.slug().startsWith(slugStart)).findFirst().orElseThrow();
    }

    public List<Contribution> visibleContributions() {
        return contributions.stream().filter(Contribution::visible).toList();
    }

    public List<Contribution> hiddenContributions() {
        return contributions.stream().filter(c -> !c.visible()).toList();
    }

    /**
     * Every string a caller without drafts:read must never find in a response it did not ask about by name: hidden
     * posts' slugs, titles and ids, tags only they carry, hidden contributions' ids and titles, and every private
     * description.
     */
    public List<String> hiddenMarkers() {
        List<String> markers = new ArrayList<>();
        List<Post> hidden = new ArrayList<>(hiddenPosts());
        hidden.addAll(hiddenPages());
        for (Post post : hidden) {
            markers.add(post.slug());
            markers.add(post.title());
            if (!post.slug().equals(withdrawnSlug)) {
                // The withdrawn post was public under its old slug: its id has been seen before.
                markers.add(post.id());
            }
        }
        for (String tag : hiddenTagSlugs) {
            markers.add(tag);
            markers.add(tagNames.get(tag));
        }
        for (Contribution entry : contributions) {
            if (!entry.visible()) {
                markers.add(entry.id());
                markers.add(entry.title());
            }
            if (entry.privateDescription() != null) {
                markers.add(entry.privateDescription());
            }
        }
        markers.addAll(hiddenAutoContributionIds);
        return markers;
    }

    /** The response's status line, headers and body as one string, for leak checks. */
    public static String everything(Response response) {
        StringBuilder all = new StringBuilder(response.getStatusLine()).append('\n');
        response.getHeaders().forEach(h -> all.append(h.getName()).append(": ").append(h.getValue()).append('\n'));
        return all.append(response.asString()).toString();
    }
}
