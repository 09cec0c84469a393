package dev.mvpress.site;

import static dev.mvpress.support.Api.anonymous;
import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.support.Api;
import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.FixedTime;

/**
 * GET /api/profile: the author's public page. Drafts, scheduled posts, private contributions and contributions
 * about an unpublished post are created beside public ones and never appear, in the lists or in the counts,
 * whoever asks; the JSON-LD is a schema.org Person; the statements do not grow with the data.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ProfileTest {

    /** Later than anything other tests write, so what this test writes is the newest. */
    static final Instant LATER = Instant.parse("9000-01-01T00:00:00Z");

    @Inject
    EntityManagerFactory emf;

    /** Other classes (the cookbook) may have stored settings in the shared database: start from the defaults too. */
    @BeforeEach
    @AfterEach
    void backToTheConfiguredDefaults() {
        author().delete("/api/site").then().statusCode(204);
    }

    @Test
    void theProfileCountsAndListsOnlyWhatIsPublicWhoeverAsks() {
        FixedTime clock = new FixedTime(LATER);
        QuarkusMock.installMockForType(clock, TimeSource.class);
        String id = unique();
        JsonPath before = anonymous().get("/api/profile").then().statusCode(200).extract().jsonPath();

        List<String> published = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            clock.advanceTo(LATER.plus(Duration.ofMinutes(i)));
            published.add(Api.createPublished("Profil Nummer " + i + " – Zoë " + id, "profile-" + id));
        }
        clock.advanceTo(LATER.plus(Duration.ofMinutes(10)));
        String draft = Api.createMarkdown("---\ntitle: PROFDRAFT " + id + "\n---\nNot yet.");
        String scheduled = Api.createMarkdown("---\ntitle: PROFSCHED " + id + "\n---\nLater.");
        author().contentType(ContentType.JSON)
                .body("{\"status\": \"scheduled\", \"publishedAt\": \"" + LATER.plus(Duration.ofDays(1)) + "\"}")
                .patch("/api/posts/" + scheduled).then().statusCode(200);
        contribution("PROFPUB " + id, false, null);
        contribution("PROFPRIV " + id, true, null);
        contribution("PROFLINKED " + id, false, draft);
        contribution("PROFSCHEDLINKED " + id, false, scheduled);

        String body = anonymous().get("/api/profile").then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("public"))
                .body("author.name", equalTo("The author"))
                .body("site.title", equalTo("MVPress"))
                .body("counts.posts", equalTo(before.getInt("counts.posts") + 6))
                // The six published posts log their blog entries (public); the scheduled one's entry is hidden.
                .body("counts.contributions", equalTo(before.getInt("counts.contributions") + 1 + 6))
                .body("recentPosts.slug", equalTo(List.of(published.get(5), published.get(4), published.get(3),
                        published.get(2), published.get(1))))
                .body("recentPosts[0].title", equalTo("Profil Nummer 6 – Zoë " + id))
                .body("recentPosts[0].status", equalTo("published"))
                .body("recentPosts[0]", not(hasKey("html")))
                .body("recentPosts[0]", not(hasKey("markdown")))
                .body("recentContributions[0].title", equalTo("PROFPUB " + id))
                .body("recentContributions.title", hasItem("Profil Nummer 6 – Zoë " + id))
                .body("recentContributions.size()", lessThanOrEqualTo(10))
                .extract().asString();
        JsonPath after = JsonPath.from(body);
        assertEquals(count(before, "video") + 1, count(after, "video"), "one public video entry");
        assertEquals(count(before, "blog") + 6, count(after, "blog"), "the published posts' entries");
        for (String hidden : List.of(draft, scheduled, "PROFDRAFT", "PROFSCHED", "PROFPRIV", "PROFLINKED")) {
            assertFalse(body.contains(hidden), "the profile shows hidden '" + hidden + "'");
        }
        assertFalse(body.contains("privateDescription"), "no private field");

        // A token that reads drafts gets the same public page: one cacheable answer for everyone.
        assertEquals(body, Api.as(Api.tokenWith("drafts:read")).get("/api/profile").then().statusCode(200)
                .header("Cache-Control", containsString("private")).extract().asString());
        assertEquals(body, author().get("/api/profile").then().statusCode(200).extract().asString());
    }

    @Test
    void theJsonLdIsASchemaOrgPersonOfTheSiteAuthor() {
        author().contentType(ContentType.JSON).body(SiteSettingsTest.SETTINGS).put("/api/site").then().statusCode(200);
        Map<String, Object> person = anonymous().get("/api/profile").then().statusCode(200)
                .body("author.name", equalTo("Zoë Łukasiewicz"))
                .body("site.language", equalTo("de-CH"))
                .extract().jsonPath().getMap("jsonLd");
        assertEquals("https://schema.org", person.get("@context"));
        assertEquals("Person", person.get("@type"));
        assertEquals("Zoë Łukasiewicz", person.get("name"));
        assertEquals("Microsoft MVP für .NET aus Zürich. マイクロソフト MVP、東京で登壇。\nZweite Zeile.", person.get("description"));
        assertEquals("https://example.com/img/zoë.jpg", person.get("image"));
        assertEquals("https://example.com/über-mich/", person.get("url"));
        assertEquals(List.of("https://mvp.microsoft.com/de-de/MVP/profile/zoe", "https://sessionize.com/zoe",
                "https://github.com/zoe", "https://hachyderm.io/@zoe"), person.get("sameAs"));

        // With only a name: no empty properties, and the site stands for the author's page.
        author().delete("/api/site").then().statusCode(204);
        Map<String, Object> bare = anonymous().get("/api/profile").then().extract().jsonPath().getMap("jsonLd");
        assertEquals(Map.of("@context", "https://schema.org", "@type", "Person", "name", "The author", "url",
                "http://localhost:4321"), bare);
    }

    @Test
    void theProfileTakesAsManyStatementsWithManyPostsAndEntriesAsWithFew() {
        String id = unique();
        for (int i = 0; i < 5; i++) {
            Api.createPublished("Counted profile " + id + " " + i);
        }
        contribution("Counted entry " + id, false, null);
        long few = statements();
        for (int i = 0; i < 8; i++) {
            Api.createPublished("More counted profile " + i + " " + id, "counted-" + id, "more-" + i + "-" + id);
        }
        for (int i = 0; i < 12; i++) {
            contribution("Counted entry " + i + " " + id, i % 3 == 0, null);
        }
        long many = statements();
        assertEquals(few, many, "the profile with more posts and entries should take as many statements");
        // The settings, the post list's ids, posts with their tags and total, the entries' ids, the entries with
        // their posts, the counts by type.
        assertTrue(many <= 7, many + " statements");
    }

    private long statements() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        anonymous().get("/api/profile").then().statusCode(200).body("recentPosts.size()", equalTo(5))
                .body("recentContributions.size()", notNullValue());
        return stats.getPrepareStatementCount();
    }

    private static int count(JsonPath profile, String type) {
        List<Map<String, Object>> byType = profile.getList("counts.contributionsByType");
        return byType.stream().filter(t -> t.get("type").equals(type)).mapToInt(t -> ((Number) t.get("count")).intValue())
                .sum();
    }

    private static void contribution(String title, boolean isPrivate, String postSlug) {
        author().contentType(ContentType.JSON).body("""
                {"type": "video", "title": "%s", "date": "9999-12-31", "technologyArea": "dotnet",
                 "targetAudiences": ["developer"], "url": "https://example.com/v/%s", "private": %b%s}"""
                .formatted(title, unique(), isPrivate, postSlug == null ? "" : ", \"postSlug\": \"" + postSlug + "\""))
                .post("/api/contributions").then().statusCode(201);
    }
}
