package dev.mvpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.mvpress.kernel.LanguageTag;
import dev.mvpress.site.api.SiteHref;
import dev.mvpress.site.api.TimeZoneName;

/** What the site settings accept as a language, a time zone and a navigation link. */
class SiteRulesTest {

    @Test
    void languagesAreBcp47TagsKeptInCanonicalCase() {
        assertEquals(Optional.of("en"), LanguageTag.Validator.canonical("en"));
        assertEquals(Optional.of("de-CH"), LanguageTag.Validator.canonical("de-ch"));
        assertEquals(Optional.of("zh-Hant-TW"), LanguageTag.Validator.canonical("zh-hant-tw"));
        assertEquals(Optional.of("pt-BR"), LanguageTag.Validator.canonical(" pt-BR "));
        assertEquals(Optional.of("gsw-CH"), LanguageTag.Validator.canonical("gsw-CH"));
        for (String wrong : List.of("", "und", "xx", "en_US", "english", "e", "en-", "de CH", "<script>",
                "en-US-" + "x".repeat(40))) {
            assertEquals(Optional.empty(), LanguageTag.Validator.canonical(wrong), wrong);
        }
    }

    @Test
    void timeZonesAreIanaIdsNotOffsets() {
        for (String zone : List.of("UTC", "Europe/Zurich", "America/New_York", "Asia/Tokyo")) {
            assertTrue(TimeZoneName.Validator.valid(zone), zone);
        }
        for (String wrong : List.of("", "+02:00", "Z", "CEST", "Mars/Olympus_Mons", "europe/zurich")) {
            assertFalse(TimeZoneName.Validator.valid(wrong), wrong);
        }
    }

    @Test
    void navigationLeadsToASitePathOrAnAbsoluteHttpUrl() {
        for (String href : List.of("/", "/about/", "/blog/?tag=dotnet#top", "/über-mich/", "https://sessionize.com/zoe",
                "http://example.com")) {
            assertTrue(SiteHref.Validator.valid(href), href);
        }
        for (String wrong : List.of("about/", "//evil.example/", "javascript:alert(1)", "/a b", "/\"onmouseover=x",
                "/<script>", "/a\\b", "mailto:zoe@example.com", "data:text/html,x", "ftp://example.com/")) {
            assertFalse(SiteHref.Validator.valid(wrong), wrong);
        }
    }
}
