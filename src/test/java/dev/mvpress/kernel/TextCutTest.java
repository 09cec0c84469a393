package dev.mvpress.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Titles and descriptions cut to the portal's limits: plain JUnit. */
class TextCutTest {

    @Test
    void textThatFitsIsLeftAlone() {
        String title = "Minimal APIs in .NET 10 — ünïcödé ✓";
        assertSame(title, TextCut.cut(title, 100));
        assertNull(TextCut.cut(null, 100));
    }

    @Test
    void aLongTitleEndsAtAWordWithAnEllipsisWithinTheLimit() {
        String title = "Building a podcast feed generator for dotnet developers who publish weekly episodes on cloud";
        assertEquals(92, title.length());
        String cut = TextCut.cut(title + " and architecture", 100);
        assertEquals(title + " and…", cut, "cut after 'and', not inside 'architecture'");
        assertTrue(cut.length() <= 100, cut);
        String noSpaces = "x".repeat(150);
        assertEquals("x".repeat(99) + "…", TextCut.cut(noSpaces, 100));
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        String text = "a".repeat(98) + "🎉🎉🎉";
        String cut = TextCut.cut(text, 100);
        assertEquals("a".repeat(98) + "…", cut, "the pair at 98-99 would be split at 99");
        assertTrue(cut.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp)));
    }
}
