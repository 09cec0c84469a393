package dev.mvpress.post;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;

/** A list is a fixed number of SQL statements whatever its size: no N+1 over tags. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ListQueryCountTest {

    @Inject
    EntityManagerFactory emf;

    @Test
    void listing100PostsWithTagsRunsAsManyStatementsAsListingOne() {
        String id = unique();
        String many = "many-" + id;
        String one = "one-" + id;
        for (int i = 0; i < 100; i++) {
            String tags = i == 0 ? "[\"" + many + "\", \"" + one + "\", \"x" + i + "-" + id + "\"]"
                    : "[\"" + many + "\", \"y" + (i % 7) + "-" + id + "\", \"z" + i + "-" + id + "\"]";
            author().contentType(ContentType.JSON)
                    .body("{\"title\": \"Counted " + i + " " + id + "\", \"status\": \"published\", \"tags\": " + tags + "}")
                    .post("/api/posts").then().statusCode(201);
        }
        long single = statementsFor(one, 100, 1);
        long hundred = statementsFor(many, 100, 100);
        // The page of ids; the posts of those ids with their tags and the site's settings (the language of posts
        // that have none of their own); the total count.
        assertEquals(2, single, "listing one post: its ids with the total, then the posts with their tags");
        assertEquals(single, hundred, "listing 100 posts should take as many statements as listing 1");
        long tagList = tagStatements();
        // The page of tags with their counts, and the total count.
        assertEquals(2, tagList, "listing tags with post counts");
    }

    @Test
    void listing50ContributionsWithTheirPostsRunsAsManyStatementsAsListingOne() {
        String slug = author().contentType(ContentType.JSON).body("{\"title\": \"Linked from many " + unique() + "\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        for (int i = 0; i < 50; i++) {
            author().contentType(ContentType.JSON).body("""
                    {"type": "video", "title": "Counted %d", "date": "1999-%02d-%02d", "technologyArea": "dotnet",
                     "targetAudiences": ["developer"], "postSlug": "%s"}""".formatted(i, 1 + i % 12, 1 + i % 28, slug))
                    .post("/api/contributions").then().statusCode(201);
        }
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        author().queryParam("year", 1999).queryParam("size", 1).get("/api/contributions").then().statusCode(200)
                .body("items[0].postSlug", equalTo(slug));
        long one = stats.getPrepareStatementCount();
        stats.clear();
        author().queryParam("year", 1999).queryParam("size", 50).get("/api/contributions").then().statusCode(200)
                .body("items.size()", equalTo(50));
        assertEquals(one, stats.getPrepareStatementCount(), "listing 50 contributions should take as many statements as 1");
    }

    /**
     * The summary is four aggregate statements whatever the number of entries; with a token that reads private
     * fields, its needsAttention adds the period's entries with their posts' slugs (one statement, read through the
     * export's cursor) and the two catalogs, never one per entry.
     */
    @Test
    void summarizing60EntriesWithTheirPortalIssuesRunsAsManyStatementsAsSummarizingOne() {
        String slug = author().contentType(ContentType.JSON)
                .body("{\"title\": \"Summed from many " + unique() + "\", \"status\": \"published\"}")
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        author().contentType(ContentType.JSON).body("""
                {"type": "blog", "title": "Alone", "date": "1961-03-03", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "url": "http://alone.example/", "postSlug": "%s"}""".formatted(slug))
                .post("/api/contributions").then().statusCode(201);
        String[] types = {"blog", "video", "speaker-microsoft-event", "mentorship", "product-feedback"};
        for (int i = 0; i < 60; i++) {
            author().contentType(ContentType.JSON).body("""
                    {"type": "%s", "title": "Summed %d", "date": "1965-%02d-%02d", "technologyArea": "dotnet",
                     "targetAudiences": ["developer"], "url": "http://summed.example/%d", "postSlug": "%s",
                     "private": %b}""".formatted(types[i % types.length], i, 1 + i % 12, 1 + i % 28, i, slug, i % 3 == 0))
                    .post("/api/contributions").then().statusCode(201);
        }
        long anonymousOne = summaryStatements(false, "1961", 1);
        long anonymousMany = summaryStatements(false, "1965", 40);
        long authorOne = summaryStatements(true, "1961", 1);
        long authorMany = summaryStatements(true, "1965", 60);
        assertEquals(4, anonymousOne, "totals, by type, by area, by month");
        assertEquals(anonymousOne, anonymousMany, "summarizing 40 entries should take as many statements as 1");
        assertEquals(7, authorOne, "the four aggregates, the entries with their posts' slugs (one cursor), two catalogs");
        assertEquals(authorOne, authorMany, "listing what 60 entries lack should take as many statements as for 1");
    }

    private long summaryStatements(boolean asAuthor, String year, int entries) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        (asAuthor ? author() : anonymous()).queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
                .get("/api/contributions/summary").then().statusCode(200).body("totals.count", equalTo(entries))
                .body("needsAttentionTotal", equalTo(asAuthor ? entries : null));
        return stats.getPrepareStatementCount();
    }

    /**
     * Reads reuse Hibernate's query plans: a native query that missed the plan cache on every call
     * would fill it with entries that never match, and every lookup would then walk them all.
     */
    @Test
    void repeatedReadsReuseQueryPlans() {
        String id = unique();
        String tag = "plans-" + id;
        String first = Api.createPublished("Plans one " + id, tag);
        Api.createPublished("Plans two " + id, tag);
        Runnable reads = () -> {
            anonymous().get("/api/posts").then().statusCode(200);
            anonymous().queryParam("tag", tag).get("/api/posts").then().statusCode(200);
            anonymous().queryParam("q", "plans").get("/api/posts").then().statusCode(200);
            anonymous().queryParam("size", 1).get("/api/posts").then().statusCode(200);
            anonymous().get("/api/posts/" + first).then().statusCode(200);
            anonymous().get("/api/posts/" + first + "/related").then().statusCode(200);
            anonymous().get("/api/tags").then().statusCode(200);
            author().get("/api/contributions").then().statusCode(200);
            author().get("/api/contributions/summary").then().statusCode(200);
            anonymous().get("/api/changes").then().statusCode(200);
        };
        reads.run();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        for (int i = 0; i < 5; i++) {
            reads.run();
        }
        assertEquals(0, stats.getQueryPlanCacheMissCount(), "query plans built again for the same reads");
    }

    private long statementsFor(String tag, int size, int expectedItems) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        anonymous().queryParam("tag", tag).queryParam("size", size).get("/api/posts")
                .then().statusCode(200).body("items.size()", equalTo(expectedItems))
                .body("items[0].tags.size()", equalTo(3));
        return stats.getPrepareStatementCount();
    }

    private long tagStatements() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        anonymous().queryParam("size", 100).get("/api/tags").then().statusCode(200);
        return stats.getPrepareStatementCount();
    }
}
