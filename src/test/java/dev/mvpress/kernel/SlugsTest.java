package dev.mvpress.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Becoming a Microsoft MVP|becoming-a-microsoft-mvp",
            "  Hello,   World!!  |hello-world",
            "Crème brûlée à la carte|creme-brulee-a-la-carte",
            "Straße & Øresund Æble|strasse-oresund-aeble",
            "Łódź in 2024|lodz-in-2024",
            "C# vs. F#: .NET 9|c-vs-f-net-9",
            "---dashes---|dashes",
            "日本語|''",
    })
    void derivesLowercaseAsciiSlugs(String title, String slug) {
        assertEquals(slug, Slugs.derive(title));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.derive("word ".repeat(60));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertFalse(slug.endsWith("-"));
        assertTrue(slug.endsWith("word"));
    }

    @Test
    void validatesExplicitSlugs() {
        assertTrue(Slugs.valid("my-first-post-2"));
        assertFalse(Slugs.valid("My-Post"));
        assertFalse(Slugs.valid("double--hyphen"));
        assertFalse(Slugs.valid("-leading"));
        assertFalse(Slugs.valid("../etc/passwd"));
        assertFalse(Slugs.valid(""));
    }
}
