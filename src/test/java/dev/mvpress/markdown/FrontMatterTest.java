package dev.mvpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.mvpress.web.ProblemException;

class FrontMatterTest {

    @Test
    void splitsFrontMatterFromTheBody() {
        FrontMatter.Document doc = FrontMatter.parse("---\ntitle: Hi\ntags: [a, b]\n---\n\n# Body\n");
        assertEquals("Hi", doc.fields().get("title"));
        assertEquals(List.of("a", "b"), doc.fields().get("tags"));
        assertEquals("# Body\n", doc.body());
    }

    @Test
    void aDocumentWithoutFrontMatterIsAllBody() {
        FrontMatter.Document doc = FrontMatter.parse("# Just markdown\n---\nnot front matter\n");
        assertEquals(Map.of(), doc.fields());
        assertEquals("# Just markdown\n---\nnot front matter\n", doc.body());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreAccepted() {
        FrontMatter.Document doc = FrontMatter.parse("\uFEFF---\r\ntitle: Hi\r\n---\r\nBody\r\n");
        assertEquals("Hi", doc.fields().get("title"));
        assertEquals("Body\n", doc.body());
    }

    @Test
    void writingThenParsingGivesBackTheSameFieldsAndBody() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", "Colons: and \"quotes\" and 'apostrophes'");
        fields.put("count", 3);
        fields.put("looksLikeNumber", "0123");
        fields.put("looksLikeBool", "true");
        fields.put("list", List.of("a", "b"));
        fields.put("multiline", "line one\nline two");
        String body = "Body with --- inside\n\n---\n";
        FrontMatter.Document doc = FrontMatter.parse(FrontMatter.write(fields, body));
        assertEquals(fields, doc.fields());
        assertEquals(body, doc.body());
    }

    @Test
    void brokenFrontMatterIsAProblem() {
        assertThrows(ProblemException.class, () -> FrontMatter.parse("---\ntitle: x\n"));
        assertThrows(ProblemException.class, () -> FrontMatter.parse("---\n: : :\n  - [\n---\n"));
        assertThrows(ProblemException.class, () -> FrontMatter.parse("---\n- a\n---\n"));
    }
}
