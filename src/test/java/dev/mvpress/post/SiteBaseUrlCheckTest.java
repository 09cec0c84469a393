package dev.mvpress.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

/** A production start that still links to localhost says so, once, like a missing admin token. */
class SiteBaseUrlCheckTest {

    @Test
    void aProductionStartWithTheLocalDefaultWarns() {
        Optional<String> warning = SiteBaseUrlCheck.warning(LaunchMode.NORMAL, "http://localhost:4321");
        assertTrue(warning.isPresent());
        assertTrue(warning.get().contains("MVPRESS_SITE_BASE_URL"), warning.get());
        assertTrue(SiteBaseUrlCheck.warning(LaunchMode.NORMAL, "http://127.0.0.1:8080/").isPresent());
        assertTrue(SiteBaseUrlCheck.warning(LaunchMode.NORMAL, "not a url").isPresent());
    }

    @Test
    void aPublicSiteOrADevelopmentStartDoesNot() {
        assertEquals(Optional.empty(), SiteBaseUrlCheck.warning(LaunchMode.NORMAL, "https://blog.example.com"));
        assertEquals(Optional.empty(), SiteBaseUrlCheck.warning(LaunchMode.DEVELOPMENT, "http://localhost:4321"));
        assertEquals(Optional.empty(), SiteBaseUrlCheck.warning(LaunchMode.TEST, "http://localhost:4321"));
    }
}
