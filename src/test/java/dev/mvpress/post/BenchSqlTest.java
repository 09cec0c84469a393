package dev.mvpress.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.mvpress.post.service.PostBody;
import dev.mvpress.post.service.PostQueries;
import dev.mvpress.post.service.PostQuery;
import dev.mvpress.post.service.PostSort;
import dev.mvpress.post.service.StatusFilter;

/**
 * The pgbench scripts of bench/run.sh (bench/sql) are the statements PostQueries builds, in pgbench's
 * syntax: this renders them again and fails when a committed file differs. Run with
 * {@code -Dbench.write=true} to rewrite the files instead.
 */
class BenchSqlTest {

    private static final Path DIR = Path.of("bench", "sql");
    private static final String REGENERATE = "./mvnw -B -o test -Dtest=BenchSqlTest -Dbench.write=true";
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");
    /** What the API's paging adds to a page statement: one row more than the page of 20. */
    private static final String LIMIT = " limit 21";

    @Test
    void benchScriptsAreTheStatementsOfPostQueries() throws IOException {
        boolean write = Boolean.getBoolean("bench.write");
        for (var script : render().entrySet()) {
            Path file = DIR.resolve(script.getKey());
            if (write) {
                Files.createDirectories(DIR);
                Files.writeString(file, script.getValue(), StandardCharsets.UTF_8);
                continue;
            }
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            assertEquals(script.getValue(), committed, file + " is not what PostQueries builds any more; regenerate it with `"
                    + REGENERATE + "` and commit it");
        }
    }

    /**
     * The scripts by file name. pg-slug.sql: the one statement of a slug page (the post, its tags,
     * neighbours, translations and the site's settings), the slug rotating over
     * the 1,000 posts wrk reads ({@code step} apart). pg-list.sql: the two of a list page (its ids with the
     * listing's total, and the posts of those ids, which pgbench cannot carry over so they are the first
     * statement as a subquery). The database's clock stands for {@code :now}.
     */
    static Map<String, String> render() {
        Instant now = Instant.EPOCH;
        String header = "-- Generated from PostQueries by BenchSqlTest; do not edit. To regenerate: " + REGENERATE + "\n";
        PostQuery listing = new PostQuery(List.of(), null, null, StatusFilter.PUBLISHED, null, null, null);
        String page = PostQueries.page(PostSort.PUBLISHED_AT_DESC, PostQueries.filter(listing, StatusFilter.PUBLISHED, now),
                null, null, now).sql();
        String pageWithTotal = PostQueries
                .listingPage(PostSort.PUBLISHED_AT_DESC, PostQueries.filter(listing, StatusFilter.PUBLISHED, now), null, now)
                .sql();
        Map<String, String> scripts = new LinkedHashMap<>();
        scripts.put("pg-slug.sql", header + "\\set i random(0, 999)\n"
                + substitute(PostQueries.single(PostBody.HTML, PostQueries.BY_SLUG),
                        Map.of("slug", "'bench-' || (1 + :i * :step)", "all", "false"))
                + ";\n");
        Map<String, String> postsOnly = Map.of("kind", "'post'");
        scripts.put("pg-list.sql", header
                + substitute(pageWithTotal, postsOnly) + LIMIT + ";\n"
                + substitute(PostQueries.cardsWithSite(PostBody.NONE, PostQueries.BY_IDS),
                        Map.of("ids", "select shown.id from (" + substitute(page, postsOnly) + LIMIT + ") shown"))
                + ";\n");
        return scripts;
    }

    /**
     * The statement with {@code :now} as now() and the other named parameters as given; a parameter
     * without a value fails, so the scripts never hold one pgbench would take for its own variable.
     */
    private static String substitute(String sql, Map<String, String> values) {
        Matcher names = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            String name = names.group(1);
            String value = name.equals("now") ? "now()" : values.get(name);
            if (value == null) {
                throw new IllegalStateException("no bench value for :" + name + " in " + sql);
            }
            names.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return names.appendTail(out).toString();
    }
}
