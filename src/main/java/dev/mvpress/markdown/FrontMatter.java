package dev.mvpress.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.mvpress.web.Problem;
import dev.mvpress.web.ProblemException;
import dev.mvpress.web.ProblemType;
import dev.mvpress.web.Problems;

/**
 * A markdown document with optional YAML front matter between {@code ---} lines, the format static
 * site generators (Jekyll, Hugo, Astro, dev.to) keep posts in.
 */
public final class FrontMatter {

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private FrontMatter() {
    }

    /** A parsed document: the front-matter keys in their order, and the markdown body. */
    public record Document(Map<String, Object> fields, String body) {
    }

    public static Document parse(String text) {
        String doc = text.startsWith("\uFEFF") ? text.substring(1) : text;
        doc = doc.replace("\r\n", "\n");
        if (!doc.startsWith("---\n") && !doc.equals("---")) {
            return new Document(new LinkedHashMap<>(), doc);
        }
        int from = 4;
        int end = -1;
        int bodyStart = doc.length();
        int lineStart = from;
        while (lineStart <= doc.length()) {
            int lineEnd = doc.indexOf('\n', lineStart);
            String line = lineEnd < 0 ? doc.substring(lineStart) : doc.substring(lineStart, lineEnd);
            if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
                end = lineStart;
                bodyStart = lineEnd < 0 ? doc.length() : lineEnd + 1;
                break;
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        if (end < 0) {
            throw new ProblemException(ProblemType.MALFORMED_BODY,
                    "The front matter starts with '---' but has no closing '---' line");
        }
        String yaml = doc.substring(from, end);
        String body = doc.substring(bodyStart);
        if (body.startsWith("\n")) {
            body = body.substring(1);
        }
        return new Document(readYaml(yaml), body);
    }

    private static Map<String, Object> readYaml(String yaml) {
        if (yaml.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            Object parsed = YAML.readValue(yaml, Object.class);
            if (parsed == null) {
                return new LinkedHashMap<>();
            }
            if (!(parsed instanceof Map<?, ?>)) {
                throw new ProblemException(ProblemType.MALFORMED_BODY,
                        "The front matter must be a YAML mapping of keys to values");
            }
            return YAML.convertValue(parsed, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
            throw new ProblemException(ProblemType.MALFORMED_BODY,
                    "The front matter is not valid YAML (line %d of the document): %s".formatted(line,
                            Problems.firstLine(e.getOriginalMessage())),
                    List.of(new Problem.FieldError("frontMatter", Problems.firstLine(e.getOriginalMessage()))));
        }
    }

    public static String write(Map<String, Object> fields, String body) {
        try {
            String yaml = fields.isEmpty() ? "" : YAML.writeValueAsString(fields);
            String text = body == null ? "" : body;
            return "---\n" + yaml + "---\n\n" + text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Front matter could not be written", e);
        }
    }
}
