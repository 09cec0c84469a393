package dev.mvpress.post;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Preview links ({@code POST /api/posts/{slug}/preview-links}), read from {@code mvpress.preview.*} (or
 * {@code MVPRESS_PREVIEW_*}). A link is signed with the secret and carries its own expiry, so every instance
 * that has the same secret accepts it and none keeps any state about it.
 */
@ConfigMapping(prefix = "mvpress.preview")
public interface PreviewConfig {

    /**
     * The key that signs preview links (HMAC-SHA256), at least 32 bytes, e.g. {@code openssl rand -base64 48}.
     * Unset: preview links are off (503 naming this key). Changing it revokes every link made before.
     */
    Optional<String> secret();

    /** How long a link works when the request does not say ({@code expiresIn}); at most 30 days. */
    @WithDefault("24H")
    Duration defaultLifetime();

    /**
     * The frontend's draft-mode route, with {@code {slug}} and {@code {token}} replaced in each answer's
     * {@code previewUrl}, e.g. {@code https://example.com/api/draft?slug={slug}&secret={token}}. Unset:
     * previewUrl is null.
     */
    Optional<String> urlTemplate();
}
