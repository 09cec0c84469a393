package dev.mvpress.auth;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.mvpress.kernel.TimeSource;

/** Managed tokens: created with their secret shown once, looked up by hash on every request, revoked at once. */
@ApplicationScoped
public class TokenService {

    static final String PREFIX = "mvp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenQueries queries;
    private final TimeSource time;

    TokenService(TokenQueries queries, TimeSource time) {
        this.queries = queries;
        this.time = time;
    }

    /** A new token and its secret, which is not stored and cannot be shown again. */
    public record Created(ApiToken token, String secret) {
    }

    @Transactional
    public Created create(String name, Set<Scope> scopes) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.name = name.strip();
        token.prefix = secret.substring(0, 10);
        token.secretHash = AdminToken.sha256(secret);
        token.scopes = new ArrayList<>(scopes.stream().map(Scope::toString).sorted().toList());
        token.createdAt = time.now();
        token.persist();
        return new Created(token, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> list() {
        return TokenQueries.newestFirst();
    }

    /** Revokes a token; returns false when there is no such token. Revoking twice is harmless. */
    @Transactional
    public boolean revoke(UUID id) {
        ApiToken token = ApiToken.findById(id);
        if (token == null) {
            return false;
        }
        if (token.revokedAt == null) {
            token.revokedAt = time.now();
        }
        return true;
    }

    /**
     * The live token with this secret, recording its use at most once a minute so that a busy
     * script does not turn every read into a write.
     */
    @Transactional
    public Optional<ApiToken> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> token = TokenQueries.live(AdminToken.sha256(secret));
        token.ifPresent(t -> {
            Instant now = time.now();
            if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minusSeconds(60))) {
                queries.touch(t.id, now);
            }
        });
        return token;
    }

    static Set<Scope> scopes(ApiToken token) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        token.scopes.forEach(s -> scopes.add(Scope.fromJson(s)));
        return scopes;
    }
}
