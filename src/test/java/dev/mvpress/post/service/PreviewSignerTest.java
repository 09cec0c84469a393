package dev.mvpress.post.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The signature of preview links without a server: a link verifies with the secret that made it and with no
 * other, so rotating the secret revokes every link; the claims come back as signed; a secret that is too
 * short stops the start with a message that never contains it. Starts no Quarkus.
 */
class PreviewSignerTest {

    private static final String OLD = "old-preview-secret-from-openssl-rand-base64-48-xxxx";
    private static final String NEW = "new-preview-secret-from-openssl-rand-base64-48-yyyy";

    private static PreviewSigner signer(String secret) {
        return PreviewLinks.signer(Optional.of(secret)).orElseThrow();
    }

    @Test
    void aLinkVerifiesWithItsOwnSecretOnlySoRotatingRevokesIt() {
        UUID post = UUID.randomUUID();
        Instant expiresAt = Instant.parse("2026-12-24T18:00:00Z");
        String token = signer(OLD).sign(post, expiresAt);
        assertEquals(Optional.of(new PreviewSigner.Claims(post, expiresAt)), signer(OLD).verify(token));
        // Another instance with the same secret: same answer, no shared state.
        assertEquals(Optional.of(new PreviewSigner.Claims(post, expiresAt)), signer(" " + OLD + "\n").verify(token));
        assertEquals(Optional.empty(), signer(NEW).verify(token));
        assertEquals(Optional.of(new PreviewSigner.Claims(post, expiresAt)),
                signer(NEW).verify(signer(NEW).sign(post, expiresAt)));
    }

    @Test
    void tokensAreShortUrlSafeAndDifferPerPostAndExpiry() {
        UUID post = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-24T18:00:00Z");
        String token = signer(OLD).sign(post, at);
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}"), token);
        assertTrue(token.length() < PreviewSigner.MAX_TOKEN_LENGTH, token);
        assertFalse(token.equals(signer(OLD).sign(UUID.randomUUID(), at)));
        assertFalse(token.equals(signer(OLD).sign(post, at.plusSeconds(1))));
        // Kept to the second: a token says when it expires as precisely as expiresAt does.
        assertEquals(at, signer(OLD).verify(signer(OLD).sign(post, at.plusMillis(999))).orElseThrow().expiresAt());
    }

    @Test
    void nothingButASignedTokenVerifies() {
        for (String bad : new String[]{null, "", ".", "..", "a.b", "a.b.c", "é.ü", "eyJ9.", ".AAAA", "x".repeat(300)}) {
            assertEquals(Optional.empty(), signer(OLD).verify(bad), bad);
        }
    }

    @Test
    void aShortSecretStopsTheStartWithoutShowingIt() {
        String shortSecret = "only-31-bytes-long-secret-value";
        assertEquals(31, shortSecret.length());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> PreviewLinks.signer(Optional.of(shortSecret)));
        assertTrue(refused.getMessage().contains("mvpress.preview.secret") && refused.getMessage().contains("31 bytes")
                && refused.getMessage().contains("openssl rand -base64 48"), refused.getMessage());
        assertFalse(refused.getMessage().contains(shortSecret), refused.getMessage());
        // Bytes, not characters: 16 two-byte characters are 32 bytes.
        assertTrue(PreviewLinks.signer(Optional.of("é".repeat(16))).isPresent());
        assertEquals(Optional.empty(), PreviewLinks.signer(Optional.of("   ")), "blank is unset");
        assertEquals(Optional.empty(), PreviewLinks.signer(Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new PreviewSigner(new byte[31]));
    }

    @Test
    void theConfiguredDefaultLifetimeAndTemplateAreCheckedAtStart() {
        assertEquals(Duration.ofHours(24), PreviewLinks.checkedDefault(Duration.ofHours(24)));
        assertEquals(Duration.ofDays(30), PreviewLinks.checkedDefault(Duration.ofDays(30)));
        assertThrows(IllegalStateException.class, () -> PreviewLinks.checkedDefault(Duration.ofDays(31)));
        assertThrows(IllegalStateException.class, () -> PreviewLinks.checkedDefault(Duration.ZERO));
        assertThrows(IllegalStateException.class, () -> PreviewLinks.checkedTemplate(Optional.of("https://example.com/draft")));
        assertEquals(Optional.empty(), PreviewLinks.checkedTemplate(Optional.of(" ")));
        assertEquals(Optional.of("https://example.com/api/draft?slug={slug}&secret={token}"),
                PreviewLinks.checkedTemplate(Optional.of("https://example.com/api/draft?slug={slug}&secret={token}")));
    }
}
