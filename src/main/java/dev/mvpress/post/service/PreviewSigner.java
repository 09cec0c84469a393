package dev.mvpress.post.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Preview link tokens: {@code base64url(payload) "." base64url(HMAC-SHA256(key, label + payload part))}, the
 * payload being {@code {"post":"<post id>","exp":<unix seconds>}}. The post is named by id, so a renamed post
 * keeps its links; the expiry is in the token, so no instance keeps state and any instance with the same key
 * checks it. The MAC covers a fixed label before the encoded payload, so a MAC made with the same key for
 * something else can never pass as a link. The payload is parsed only after its MAC checks out: what a
 * stranger sends never reaches a parser. Thread-safe; holds only the key.
 */
public final class PreviewSigner {

    /** The fewest key bytes accepted: HMAC-SHA256's own output length. */
    public static final int MIN_KEY_BYTES = 32;
    /** Longer than any token this class makes; longer input is refused before any work. */
    static final int MAX_TOKEN_LENGTH = 256;

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] LABEL = "mvpress-preview-v1.".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern PAYLOAD = Pattern.compile("\\{\"post\":\"([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})\","
            + "\"exp\":(\\d{1,12})}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /** A signer with this key, which must be at least {@value #MIN_KEY_BYTES} bytes. */
    public PreviewSigner(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a preview key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** What a verified token says. */
    public record Claims(UUID post, Instant expiresAt) {
    }

    /** A token for this post that says it expires at {@code expiresAt} (kept to the second). */
    public String sign(UUID post, Instant expiresAt) {
        String payload = ENCODER.encodeToString(("{\"post\":\"" + post + "\",\"exp\":" + expiresAt.getEpochSecond() + "}")
                .getBytes(StandardCharsets.US_ASCII));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /**
     * The claims of a token this key signed, or empty when it is not one: malformed, cut short, altered, or
     * signed with another key. Expiry is the caller's to check, against its own clock.
     */
    public Optional<Claims> verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        byte[] decoded;
        try {
            decoded = DECODER.decode(payload);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        // The MAC's canonical text, compared in constant time (how much of a forged MAC is right must not show in
        // how long the refusal takes); as text, so one link has exactly one spelling.
        byte[] expected = ENCODER.encodeToString(mac(payload)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Matcher claims = PAYLOAD.matcher(new String(decoded, StandardCharsets.US_ASCII));
        if (!claims.matches()) {
            return Optional.empty();
        }
        return Optional
                .of(new Claims(UUID.fromString(claims.group(1)), Instant.ofEpochSecond(Long.parseLong(claims.group(2)))));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(LABEL);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
