package dev.mvpress.contribution.importer;

import static dev.mvpress.support.Api.author;
import static dev.mvpress.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

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

/** A speaker's sessions from Sessionize's public API (view/All), against a local server in its shape. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SessionizeImportTest {

    private static final String JSON = "application/json; charset=utf-8";
    private static final String ANA = "5d1b8c7e-0f3a-4e2b-9d6c-8a7b6c5d4e3f";
    private static final String JORGEN = "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";

    static SourceServer server;

    @BeforeAll
    static void start() {
        server = new SourceServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sessionize for this test lives at {server}/{id}, with three events: a, b and c. */
    private static String serveEvents(String id) {
        String base = server.url("/" + id);
        QuarkusMock.installMockForType(new SourceEndpoints(null) {
            @Override
            public String sessionize() {
                return base;
            }
        }, SourceEndpoints.class);
        for (String event : List.of("a", "b", "c")) {
            server.on("/" + id + "/api/v2/ev" + id + event + "/view/All",
                    SourceServer.text(200, JSON, server.fixture("sessionize-event-" + event + ".json", id)));
        }
        return base;
    }

    private static void mapTag(String slug, String name, String area) {
        author().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\", \"technologyArea\": \"" + area + "\"}")
                .put("/api/tags/" + slug).then().statusCode(201);
    }

    private static ValidatableResponse importSessions(String body) {
        return author().contentType(ContentType.JSON).body(body).post("/api/contributions/import/sessionize").then();
    }

    @Test
    void aSpeakersAcceptedSessionsBecomeSpeakerEntriesOnceAndACoSpeakerFindsTheSharedOneLogged() {
        String id = unique();
        String base = serveEvents(id);
        mapTag("dotnet-" + id, ".NET " + id, "dotnet");
        mapTag("web-entwicklung-" + id, "Web development " + id, "web-development");
        mapTag("devops-" + id, "DevOps " + id, "devops");
        String body = """
                {"events": [{"id": "ev%1$sa", "name": "Techorama 2026", "url": "https://techorama.example/2026/%1$s"},
                            {"id": "ev%1$sb", "name": "Kubernetes Community Days München"},
                            {"id": "ev%1$sc", "name": "Keynote only"}],
                 "speakerName": "ana müller", "technologyArea": "developer-tools"}""".formatted(id);

        List<String> ids = importSessions(body).statusCode(200).body("items", equalTo(3)).body("created", hasSize(3))
                .body("created[0].type", equalTo("speaker-third-party-event"))
                .body("created[0].title", equalTo("Techorama 2026: Minimal APIs in .NET 10 – schneller als gedacht"))
                .body("created[0].description", equalTo("Wir bauen eine API ohne Controller und messen, was das bringt.\n\n"
                        + "Mit Live-Demos und Native AOT."))
                .body("created[0].date", equalTo("2026-03-12"))
                .body("created[0].endDate", nullValue())
                .body("created[0].url", equalTo("https://techorama.example/2026/" + id + "#session-871204"))
                .body("created[0].technologyArea", equalTo("web-development"))
                .body("created[0].additionalTechnologyAreas", equalTo(List.of("dotnet")))
                .body("created[0].role", equalTo("author"))
                .body("created[1].title",
                        equalTo("Techorama 2026: Pipelines, die nicht nerven: Azure DevOps und GitHub Actions"))
                .body("created[1].technologyArea", equalTo("devops"))
                .body("created[2].title", equalTo("Kubernetes Community Days München: Workshop: Von Null auf Kubernetes in"
                        + " zwei Tagen"))
                .body("created[2].date", equalTo("2026-05-20")).body("created[2].endDate", equalTo("2026-05-21"))
                .body("created[2].url", equalTo(base + "/api/v2/ev" + id + "b/view/All#session-902311"))
                .body("created[2].technologyArea", equalTo("developer-tools"))
                .body("problems", empty())
                .body("notes", equalTo(List.of("Sessionize event 'ev" + id + "a': sessions not accepted, left out: 1",
                        "Sessionize event 'ev" + id + "c' has no speaker named 'ana müller'")))
                .extract().jsonPath().getList("created.id", String.class);

        importSessions(body).statusCode(200).body("created", empty()).body("skipped", hasSize(3))
                .body("skipped[1].existingId", equalTo(ids.get(1)));

        importSessions("""
                {"events": [{"id": "ev%1$sa", "name": "Techorama 2026", "url": "https://techorama.example/2026/%1$s"}],
                 "speakerId": "%2$s", "from": "2026-03-13", "to": "2026-03-13"}""".formatted(id, JORGEN)).statusCode(200)
                .body("items", equalTo(2)).body("created", hasSize(1))
                .body("created[0].title", equalTo("Techorama 2026: Observability-Budgets für kleine Teams"))
                .body("skipped[0].reason", equalTo("already logged"))
                .body("skipped[0].existingId", equalTo(ids.get(1)));
    }

    @Test
    void withoutAnEventNameTheTitleIsTheSessions() {
        String id = unique();
        serveEvents(id);
        author().contentType(ContentType.JSON).queryParam("dryRun", "true")
                .body("{\"events\": [{\"id\": \"ev" + id + "a\", \"url\": \"https://techorama.example/" + id + "#agenda\"}],"
                        + " \"speakerId\": \"" + ANA + "\"}")
                .post("/api/contributions/import/sessionize").then().statusCode(200)
                .body("created[0].title", equalTo("Minimal APIs in .NET 10 – schneller als gedacht"))
                .body("created[0].url", equalTo("https://techorama.example/" + id + "#session-871204"));
    }

    @Test
    void aRequestThatCannotBeRightIsA400AndAnEventSessionizeDoesNotServeA502() {
        String id = unique();
        serveEvents(id);
        importSessions("{\"events\": [{\"id\": \"ev" + id + "a\"}]}").statusCode(400)
                .body("errors[0].field", equalTo("speakerName"));
        importSessions("{\"events\": [{\"id\": \"../../admin\"}], \"speakerName\": \"Ana\"}").statusCode(400)
                .body("errors[0].field", equalTo("events[0].id"));
        importSessions("{\"events\": [], \"speakerName\": \"Ana\"}").statusCode(400)
                .body("errors[0].field", equalTo("events"));
        importSessions("{\"events\": [{\"id\": \"unknown" + id + "\"}], \"speakerName\": \"Ana\"}").statusCode(502)
                .body("type", equalTo("urn:mvpress:problem:source-failed"))
                .body("detail", containsString("Sessionize event 'unknown" + id + "'"))
                .body("detail", containsString("answered HTTP 404"));
        server.on("/" + id + "/api/v2/html" + id + "/view/All",
                SourceServer.text(200, "text/html", "<html><body>This event's API is not enabled</body></html>"));
        importSessions("{\"events\": [{\"id\": \"html" + id + "\"}], \"speakerName\": \"Ana\"}").statusCode(502)
                .body("detail", containsString("sent something that is not Sessionize's view/All JSON"));
    }
}
