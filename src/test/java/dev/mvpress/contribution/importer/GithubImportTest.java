package dev.mvpress.contribution.importer;

import static dev.mvpress.support.Api.author;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import dev.mvpress.support.EmbeddedPostgresResource;
import dev.mvpress.support.SourceServer;

/** Merged pull requests from GitHub's search, against a local server that answers as GitHub does. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class GithubImportTest {

    private static final String JSON = "application/json; charset=utf-8";

    static SourceServer server;

    @BeforeAll
    static void start() {
        server = new SourceServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A number of this test's own: pull request numbers are made of it, so its URLs are its own. */
    private static String id() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 99_999));
    }

    /** GitHub's API for this test lives at {server}/{id}. */
    private static String pointGithubAt(String base) {
        QuarkusMock.installMockForType(new SourceEndpoints(null) {
            @Override
            public String github() {
                return base;
            }
        }, SourceEndpoints.class);
        return base;
    }

    /** Two pages of search results, the first linking to the second as GitHub does. */
    private static String serveTwoPages(String id) {
        String base = pointGithubAt(server.url("/" + id));
        String page1 = server.fixture("github-search-page1.json", id);
        String page2 = server.fixture("github-search-page2.json", id);
        server.on("/" + id + "/search/issues", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            boolean second = query.matches("(.*&)?page=2(&.*)?");
            String next = base + "/search/issues?" + query + "&page=2";
            SourceServer.text(200, JSON, second ? page2 : page1, second ? new String[0]
                    : new String[]{"Link", "<" + next + ">; rel=\"next\", <" + next + ">; rel=\"last\""}).handle(exchange);
        });
        return base;
    }

    private static ValidatableResponse importGithub(String body) {
        return author().contentType(ContentType.JSON).body(body).post("/api/contributions/import/github").then();
    }

    @Test
    void mergedPullRequestsBecomeContentFeedbackOrOpenSourceEntriesAndTheTokenGoesOnlyToGithub() throws Exception {
        String id = id();
        serveTwoPages(id);
        String token = "github_pat_11TEST" + id + "x9Zq";
        String body = """
                {"user": "zoe-angstrom", "from": "2025-09-01", "to": "2026-08-31", "token": "%s", "technologyArea": "dotnet"}"""
                .formatted(token);
        List<String> ids = importGithub(body).statusCode(200).body("items", equalTo(5)).body("created", hasSize(5))
                .body("source", equalTo("GitHub pull requests by zoe-angstrom merged 2025-09-01..2026-08-31"))
                .body("created[0].type", equalTo("content-feedback"))
                .body("created[0].title", equalTo("Korrektur: Beispiel für Azure Functions Flex Consumption"))
                .body("created[0].url", equalTo("https://github.com/MicrosoftDocs/azure-docs/pull/" + id + "01"))
                .body("created[0].date", equalTo("2025-10-02"))
                .body("created[0].description",
                        equalTo("Pull request MicrosoftDocs/azure-docs#" + id + "01, merged 2025-10-02."))
                .body("created[0].role", equalTo("contributor"))
                .body("created[0].technologyArea", equalTo("dotnet"))
                .body("created[1].type", equalTo("open-source"))
                .body("created[1].title", equalTo("Avoid an allocation in Utf8JsonReader when the input is ü-heavy"))
                .body("created[1].role", equalTo("contributor"))
                .body("created[2].type", equalTo("content-feedback"))
                .body("created[2].url", equalTo("https://github.com/dotnet/AspNetCore.Docs/pull/" + id + "03"))
                .body("created[3].type", equalTo("open-source"))
                .body("created[3].title", equalTo("Document native builds with JDK 25 — and a title that goes on far past the"
                        + " hundred characters the…"))
                .body("created[4].type", equalTo("content-feedback"))
                .body("created[4].title", equalTo("Fix typo in “About pull requests”"))
                .body("problems", hasSize(1)).body("problems[0].item", equalTo(4))
                .body("problems[0].message", equalTo("had 110 characters; cut to 100 with an ellipsis (the portal's limit)"))
                .body("problems[0].leftOut", equalTo(false))
                .extract().jsonPath().getList("created.id", String.class);

        List<SourceServer.Seen> requests = server.seen().stream().filter(s -> s.pathAndQuery().startsWith("/" + id + "/"))
                .toList();
        assertEquals(2, requests.size(), "two pages");
        for (SourceServer.Seen request : requests) {
            assertEquals(List.of("Bearer " + token), request.headers().get("Authorization"));
            assertEquals(List.of("application/vnd.github+json"), request.headers().get("Accept"));
            assertEquals(List.of("2022-11-28"), request.headers().get("X-github-api-version"));
        }
        String query = URLDecoder.decode(requests.get(0).pathAndQuery(), StandardCharsets.UTF_8);
        assertTrue(query.contains("q=is:pr is:merged author:zoe-angstrom merged:2025-09-01..2026-08-31"), query);

        importGithub(body).statusCode(200).body("created", empty()).body("skipped", hasSize(5))
                .body("skipped[4].existingId", equalTo(ids.get(4)));
        String log = Files.readString(Path.of("target", "mvpress-test.log"));
        assertFalse(log.contains(token), "the token is in the log");
        assertTrue(log.contains("Import from GitHub pull requests by zoe-angstrom"), "the log has the imports");
    }

    @Test
    void thePeriodDefaultsToTheLastTwelveMonthsAndATokenIsOptional() {
        String id = id();
        serveTwoPages(id);
        importGithub("{\"user\": \"zoe-angstrom\"}").statusCode(200);
        SourceServer.Seen first = server.seen().stream().filter(s -> s.pathAndQuery().startsWith("/" + id + "/")).findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String query = URLDecoder.decode(first.pathAndQuery(), StandardCharsets.UTF_8);
        assertTrue(query.contains("merged:" + today.minusYears(1).plusDays(1) + ".." + today), query);
        assertFalse(first.headers().containsKey("Authorization"));
    }

    @Test
    void aRedirectToAnotherHostDoesNotCarryTheToken() {
        String id = id();
        try (SourceServer elsewhere = new SourceServer()) {
            elsewhere.on("/search/issues", SourceServer.text(200, JSON, server.fixture("github-search-page2.json", id)));
            pointGithubAt(server.url("/" + id));
            server.on("/" + id + "/search/issues", SourceServer.redirect(302, elsewhere.url("/search/issues")));
            importGithub("{\"user\": \"zoe-angstrom\", \"token\": \"ghp_secret" + id + "\"}").statusCode(200)
                    .body("created", hasSize(2));
            assertEquals(1, elsewhere.seen().size());
            assertFalse(elsewhere.seen().get(0).headers().containsKey("Authorization"), "the token went to another host");
        }
    }

    @Test
    void whatGithubRefusesIsA502ThatSaysWhy() {
        String id = id();
        pointGithubAt(server.url("/" + id));
        String label = "GitHub (" + server.url("/" + id) + ")";
        server.on("/" + id + "/search/issues", exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            if (query.contains("author:expired")) {
                SourceServer.text(401, JSON, "{\"message\": \"Bad credentials\", \"documentation_url\":"
                        + " \"https://docs.github.com/rest\", \"status\": \"401\"}").handle(exchange);
            } else if (query.contains("author:nobody-at-all")) {
                SourceServer.text(422, JSON, """
                        {"message": "Validation Failed", "errors": [{"message": "The listed users cannot be searched either\
                         because the users do not exist or you do not have permission to view the users.", "resource":\
                         "Search", "field": "q", "code": "invalid"}], "documentation_url":\
                         "https://docs.github.com/v3/search/", "status": "422"}""").handle(exchange);
            } else if (query.contains("author:limited")) {
                SourceServer.text(403, JSON, "{\"message\": \"API rate limit exceeded for 203.0.113.7.\"}",
                        "X-RateLimit-Remaining", "0").handle(exchange);
            } else if (query.contains("author:elsewhere")) {
                SourceServer.text(200, JSON, server.fixture("github-search-page2.json", id), "Link",
                        "<https://evil.example/search/issues?page=2>; rel=\"next\"").handle(exchange);
            } else {
                SourceServer.text(200, "text/html", "<html>Unicorn! This page is taking too long to load.</html>")
                        .handle(exchange);
            }
        });
        importGithub("{\"user\": \"expired\", \"token\": \"ghp_expired\"}").statusCode(502)
                .body("detail", equalTo(label + " answered HTTP 401: Bad credentials"))
                .body("detail", not(containsString("ghp_expired")));
        importGithub("{\"user\": \"nobody-at-all\"}").statusCode(502)
                .body("detail", equalTo(label + " answered HTTP 422: Validation Failed (The listed users cannot be searched"
                        + " either because the users do not exist or you do not have permission to view the users.)"));
        importGithub("{\"user\": \"limited\"}").statusCode(502)
                .body("detail", equalTo(label + " answered HTTP 403: API rate limit exceeded for 203.0.113.7."));
        importGithub("{\"user\": \"elsewhere\"}").statusCode(502)
                .body("detail", containsString("pointed its next page away from"));
        importGithub("{\"user\": \"unicorn\"}").statusCode(502)
                .body("detail", equalTo(label + " sent something that is not a search result (no items array)"));
    }

    @Test
    void aRequestThatCannotBeRightIsA400() {
        importGithub("{\"user\": \"not a login\"}").statusCode(400).body("errors[0].field", equalTo("user"));
        importGithub("{\"user\": \"zoe\", \"token\": \"ghp_abc\\r\\nX-Evil: 1\"}").statusCode(400)
                .body("errors[0].field", equalTo("token")).body("detail", not(containsString("ghp_abc")));
        importGithub("{\"user\": \"zoe\", \"role\": \"maintainer\"}").statusCode(400).body("errors[0].field", equalTo("role"));
        importGithub("{\"user\": \"zoe\", \"from\": \"2026-05-01\", \"to\": \"2026-04-01\"}").statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }
}
