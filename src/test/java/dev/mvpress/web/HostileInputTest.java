package dev.mvpress.web;

import static dev.mvpress.support.Api.TOKEN;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dev.mvpress.support.EmbeddedPostgresResource;

/**
 * For every operation in the OpenAPI document, sends malformed and hostile path segments, query
 * parameters and bodies with a valid token, and checks each answer: never a 5xx; a 4xx is a problem
 * document and leaves stored data exactly as it was (fingerprinted from the change log, tokens,
 * catalogs and revisions); a 2xx only where the input is in fact valid.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class HostileInputTest {

    /** Strings that have broken web applications: traversal, injection, encodings, control characters, sizes. */
    static final List<String> HOSTILE = List.of(
            "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "' OR '1'='1' --", "1; DROP TABLE post; --", "\" OR \"\"=\"",
            "<script>alert(1)</script>", "%00", "a\u0000b", "\u0001\u0002\u001b[31m", "\r\nX-Injected: 1",
            "😀🚀👩‍💻", "مرحبا بالعالم", "\u202Egnp.exe", "\uD800", "0000-00-00", "9999-99-99", "-1", "0",
            "99999999999999999999", "1e400", "NaN", "true", "null", "[]", "{}", " ", "", "x".repeat(1500));

    static final List<String> BAD_JSON = List.of(
            "", "{", "}", "[", "null", "true", "42", "\"string\"", "[1,2,3]", "{\"a\":}", "{'single': 'quotes'}",
            "{\"title\": \"x\",}", "{\"title\": \"\\uD800\"}", "{\"title\": \"a\\u0000b\"}", "{\"unknown\": 1}",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "{\"title\": \"" + "y".repeat(200_000) + "\"}", "{\"tags\": [" + "\"t\",".repeat(20_000) + "\"t\"]}",
            "{\"title\": 1e400, \"quantity\": 99999999999999999999, \"date\": \"0000-00-00\"}");

    static final List<String> BAD_MARKDOWN = List.of(
            "---\n", "---\ntitle: [\n---\n", "---\n: : :\n---\n", "---\ntitle: x\ntitle: y\n---\n",
            "---\na: &a [\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                    + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: bomb\n---\n",
            "---\ntitle: !!java.lang.Runtime {}\n---\n", "---\ntitle: x\ndate: 0000-00-00\n---\n",
            "---\ntitle: \"\u0000\"\n---\n", "---\ntags: " + "[".repeat(2000) + "\n---\n");

    static final List<String> BAD_CSV = List.of("", "\"unclosed", "type,title\n\"a,\"b\n", "nope\nx\n",
            "type,title,date\n" + "blog,x,2026-01-01\n".repeat(1) + "blog,\"" + "z".repeat(5000) + "\",0000-00-00\n");

    private int sent;
    private final Map<String, Integer> statuses = new TreeMap<>();
    private Connection db;

    @Test
    @SuppressWarnings("unchecked")
    void noOperationAnswers5xxOrChangesDataOnBadInput() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        db = DriverManager.getConnection(url, "postgres", "");
        try {
            Map<String, Object> doc = given().accept("application/json").get("/q/openapi?format=json").as(Map.class);
            Map<String, Map<String, Map<String, Object>>> paths =
                    (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
            Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
            for (var path : paths.entrySet()) {
                for (var operation : path.getValue().entrySet()) {
                    attack(path.getKey(), operation.getKey().toUpperCase(), operation.getValue(), schemas);
                }
            }
            System.out.printf("HostileInputTest sent %d requests (%s), none answered 5xx, none changed data on a 4xx%n",
                    sent, statuses);
            assertTrue(sent > 1000, "only " + sent + " requests");
        } finally {
            db.close();
        }
    }

    @SuppressWarnings("unchecked")
    private void attack(String path, String method, Map<String, Object> operation, Map<String, Object> schemas)
            throws Exception {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        String plainPath = path.replaceAll("\\{[^}]+}", "hostile-target");
        for (String value : HOSTILE) {
            if (path.contains("{")) {
                send(method, path.replaceAll("\\{[^}]+}", URLEncoder.encode(value, StandardCharsets.UTF_8)),
                        given(), "application/json", "{}");
            }
            for (Map<String, Object> parameter : parameters) {
                if ("query".equals(parameter.get("in"))) {
                    send(method, plainPath, given().queryParam((String) parameter.get("name"),
                            URLEncoder.encode(value, StandardCharsets.UTF_8)), "application/json", "{}");
                }
            }
        }
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return;
        }
        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) body.get("content");
        for (var media : content.entrySet()) {
            String type = media.getKey();
            if (type.contains("json")) {
                for (String json : BAD_JSON) {
                    send(method, plainPath, given(), type, json);
                }
                send(method, plainPath, given(), type,
                        new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
                for (String json : wrongTypes(media.getValue(), schemas)) {
                    send(method, plainPath, given(), type, json);
                }
            } else if (type.equals("text/markdown")) {
                for (String markdown : BAD_MARKDOWN) {
                    send(method, plainPath, given(), type, markdown);
                }
                send(method, plainPath, given(), type, new byte[]{'-', '-', '-', '\n', (byte) 0xFF, (byte) 0xFE, '\n'});
            } else if (type.equals("text/csv")) {
                for (String csv : BAD_CSV) {
                    send(method, plainPath, given(), type, csv);
                }
            }
        }
    }

    /** One body per property of the request schema, with a value of the wrong type in it. */
    @SuppressWarnings("unchecked")
    private static List<String> wrongTypes(Map<String, Object> media, Map<String, Object> schemas) {
        Map<String, Object> schema = (Map<String, Object>) media.get("schema");
        if (schema == null) {
            return List.of();
        }
        if (schema.containsKey("items")) {
            schema = (Map<String, Object>) schema.get("items");
        }
        Object ref = schema.get("$ref");
        if (ref == null) {
            return List.of();
        }
        Map<String, Object> resolved =
                (Map<String, Object>) schemas.get(((String) ref).substring("#/components/schemas/".length()));
        Map<String, Object> properties = (Map<String, Object>) resolved.getOrDefault("properties", Map.of());
        List<String> bodies = new ArrayList<>();
        for (String property : properties.keySet()) {
            for (String wrong : List.of("[1, {\"x\": []}]", "{\"nested\": {\"deeper\": true}}", "-99999999999", "\"\\u0000\"",
                    "\"" + "w".repeat(10_000) + "\"", "\"0000-00-00T25:61:61Z\"", "true")) {
                bodies.add("{\"" + property + "\": " + wrong + "}");
            }
        }
        return bodies;
    }

    private void send(String method, String path, RequestSpecification request, String type, Object body) throws Exception {
        boolean read = method.equals("GET");
        String before = read ? null : fingerprint();
        RequestSpecification spec = request.header("Authorization", "Bearer " + TOKEN).urlEncodingEnabled(false);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            spec = body instanceof byte[] bytes ? spec.contentType(type).body(bytes)
                    : spec.contentType(type + "; charset=UTF-8").body((String) body);
        }
        Response response = spec.request(method, path);
        sent++;
        int status = response.statusCode();
        statuses.merge(status / 100 + "xx", 1, Integer::sum);
        String what = method + " " + path.substring(0, Math.min(120, path.length())) + " [" + type + "] "
                + (body instanceof String s ? s.substring(0, Math.min(80, s.length())) : "<bytes>");
        assertTrue(status < 500, what + " answered " + status + ": " + response.asString());
        if (status >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"), what + " answered " + status
                    + " without a problem document: " + response.contentType());
            if (!read) {
                assertEquals(before, fingerprint(), what + " answered " + status + " but changed stored data");
            }
        }
    }

    private String fingerprint() throws Exception {
        try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery("""
                select (select coalesce(max(seq), 0) from change_log), (select count(*) from api_token),
                       (select coalesce(sum(version), 0) from contribution_type), (select count(*) from contribution_type),
                       (select coalesce(sum(version), 0) from technology_area), (select count(*) from technology_area),
                       (select count(*) from post_revision)""")) {
            row.next();
            StringBuilder print = new StringBuilder();
            for (int i = 1; i <= 7; i++) {
                print.append(row.getLong(i)).append('/');
            }
            return print.toString();
        }
    }
}
