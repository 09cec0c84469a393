package dev.mvpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The entity tag tells every version of a representation apart, and is a valid, stable HTTP entity tag. */
class ETagsTest {

    private static final String POST = """
            {"slug":"caching-in-azure-functions","title":"Caching in Azure Functions: große Antworten, kleine Kosten",\
            "tags":[{"slug":"azure","name":"Azure"},{"slug":"dotnet","name":".NET"}],\
            "html":"<table><tr><th>Tier</th><th>p99</th></tr><tr><td>Premium</td><td>12 ms</td></tr></table>\
            <pre><code class=\\"language-csharp\\">var cache = new MemoryCache(options);</code></pre>","version":3}""";

    @Test
    void theSameBytesGiveTheSameQuotedTag() {
        String tag = ETags.of(bytes(POST));
        assertEquals(tag, ETags.of(bytes(POST)));
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{16}\""), tag);
    }

    @Test
    void everyEditAnAuthorMakesChangesTheTag() {
        Set<String> tags = new HashSet<>();
        tags.add(ETags.of(bytes(POST)));
        // A version bump, one letter, two letters swapped, a byte appended, an accent added.
        for (String edited : new String[]{POST.replace("\"version\":3", "\"version\":4"), POST.replace("große", "grosse"),
                POST.replace("p99", "p9" + "9 "), POST.replace("Premium", "Pemrium"), POST + " ",
                POST.replace("kleine", "kleíne"),
                POST.replace("12 ms", "21 ms")}) {
            assertNotEquals(POST, edited);
            assertTrue(tags.add(ETags.of(bytes(edited))), "the edit kept the tag: " + edited);
        }
        // Every single-bit change of the body gives its own tag.
        byte[] body = bytes(POST);
        for (int i = 0; i < body.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] flipped = body.clone();
                flipped[i] ^= (byte) (1 << bit);
                assertTrue(tags.add(ETags.of(flipped)), "byte " + i + " bit " + bit);
            }
        }
    }

    @Test
    void weakAndStrongComparisonsOfAList() {
        String tag = ETags.of(bytes(POST));
        assertTrue(ETags.listMatches("\"other\", " + tag, tag));
        assertTrue(ETags.listMatches("*", tag));
        assertFalse(ETags.listMatches("W/" + tag, tag));
        assertTrue(ETags.listMatchesWeakly("W/" + tag, tag));
        assertFalse(ETags.listMatchesWeakly(null, tag));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
