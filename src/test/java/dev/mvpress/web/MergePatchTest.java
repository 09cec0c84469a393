package dev.mvpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON Merge Patch (RFC 7396) as PATCH applies it to a stored post, tag or contribution; plain JUnit. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nullRemovesAFieldAndLeavesTheOthers() {
        assertPatched("{\"title\": \"Grüße aus Köln\", \"summary\": \"old\", \"status\": \"draft\"}",
                "{\"summary\": null}",
                "{\"title\": \"Grüße aus Köln\", \"status\": \"draft\"}");
    }

    @Test
    void nestedObjectsMergeFieldByField() {
        assertPatched(
                "{\"coverImage\": {\"url\": \"https://img.example.com/a.png\", \"alt\": \"A harbour\"}, \"title\": \"T\"}",
                "{\"coverImage\": {\"alt\": \"Ein Hafen — 港\"}}",
                "{\"coverImage\": {\"url\": \"https://img.example.com/a.png\", \"alt\": \"Ein Hafen — 港\"}, \"title\": \"T\"}");
        assertPatched("{\"metrics\": {\"views\": 10, \"sessions\": 2}}",
                "{\"metrics\": {\"sessions\": null, \"inPersonAttendees\": 120}}",
                "{\"metrics\": {\"views\": 10, \"inPersonAttendees\": 120}}");
    }

    @Test
    void arraysAreReplacedWholeNotMerged() {
        assertPatched("{\"tags\": [\"dotnet\", \"azure\", \"café\"], \"title\": \"T\"}",
                "{\"tags\": [\"azure\"]}",
                "{\"tags\": [\"azure\"], \"title\": \"T\"}");
        assertPatched("{\"tags\": [\"dotnet\", \"azure\"]}", "{\"tags\": []}", "{\"tags\": []}");
    }

    @Test
    void anEmptyPatchChangesNothing() {
        String post = "{\"title\": \"T\", \"tags\": [\"a\", \"b\"], \"coverImage\": {\"alt\": \"x\"}}";
        assertPatched(post, "{}", post);
    }

    @Test
    void theStoredDocumentIsNotModified() throws JsonProcessingException {
        JsonNode stored = JSON.readTree("{\"coverImage\": {\"alt\": \"x\"}, \"summary\": \"s\"}");
        MergePatch.apply(stored, JSON.readTree("{\"coverImage\": {\"alt\": null}, \"summary\": null}"));
        assertEquals(JSON.readTree("{\"coverImage\": {\"alt\": \"x\"}, \"summary\": \"s\"}"), stored);
    }

    /** The examples of RFC 7396, appendix A. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":\"b\"}|{\"a\":\"c\"}|{\"a\":\"c\"}",
            "{\"a\":\"b\"}|{\"b\":\"c\"}|{\"a\":\"b\",\"b\":\"c\"}",
            "{\"a\":\"b\"}|{\"a\":null}|{}",
            "{\"a\":\"b\",\"b\":\"c\"}|{\"a\":null}|{\"b\":\"c\"}",
            "{\"a\":[\"b\"]}|{\"a\":\"c\"}|{\"a\":\"c\"}",
            "{\"a\":\"c\"}|{\"a\":[\"b\"]}|{\"a\":[\"b\"]}",
            "{\"a\":{\"b\":\"c\"}}|{\"a\":{\"b\":\"d\",\"c\":null}}|{\"a\":{\"b\":\"d\"}}",
            "{\"a\":[{\"b\":\"c\"}]}|{\"a\":[1]}|{\"a\":[1]}",
            "[\"a\",\"b\"]|[\"c\",\"d\"]|[\"c\",\"d\"]",
            "{\"a\":\"b\"}|[\"c\"]|[\"c\"]",
            "{\"a\":\"foo\"}|null|null",
            "{\"a\":\"foo\"}|\"bar\"|\"bar\"",
            "{\"e\":null}|{\"a\":1}|{\"e\":null,\"a\":1}",
            "[1,2]|{\"a\":\"b\",\"c\":null}|{\"a\":\"b\"}",
            "{}|{\"a\":{\"bb\":{\"ccc\":null}}}|{\"a\":{\"bb\":{}}}",
    })
    void followsTheExamplesOfRfc7396(String target, String patch, String result) throws JsonProcessingException {
        assertEquals(JSON.readTree(result), MergePatch.apply(JSON.readTree(target), JSON.readTree(patch)));
    }

    private static void assertPatched(String target, String patch, String expected) {
        try {
            assertEquals(JSON.readTree(expected), MergePatch.apply(JSON.readTree(target), JSON.readTree(patch)));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
