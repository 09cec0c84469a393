package dev.mvpress.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

import dev.mvpress.MvpressConfig;

/** The configured admin token, kept only as a SHA-256 digest so comparisons take constant time. */
@ApplicationScoped
public class AdminToken {

    private final Optional<byte[]> digest;

    AdminToken(MvpressConfig config) {
        this.digest = config.adminToken().filter(t -> !t.isBlank()).map(AdminToken::sha256);
    }

    void announce(@Observes StartupEvent event) {
        if (digest.isEmpty()) {
            Log.warn("MVPRESS_ADMIN_TOKEN is not set: every write is refused with 401 until it is."
                    + " Reads of published content work as usual.");
        }
    }

    public boolean configured() {
        return digest.isPresent();
    }

    /** True when {@code candidate} is the admin token; the time taken does not depend on where they differ. */
    public boolean matches(String candidate) {
        return digest.isPresent() && candidate != null
                && MessageDigest.isEqual(digest.get(), sha256(candidate));
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
