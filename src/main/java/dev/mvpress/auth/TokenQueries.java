package dev.mvpress.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Every statement about managed tokens: the list, the lookup by secret hash, and the record of a use. */
@ApplicationScoped
public class TokenQueries {

    /** Panache: every token, newest first. */
    static final String NEWEST_FIRST = "order by createdAt desc, id desc";

    /** Panache: the token of the hash {@code ?1}, unless it is revoked. */
    static final String LIVE_BY_HASH = "secretHash = ?1 and revokedAt is null";

    /** JPQL: the token {@code :id} was used at {@code :now}. */
    static final String TOUCH = "update ApiToken t set t.lastUsedAt = :now where t.id = :id";

    private final EntityManager em;

    TokenQueries(EntityManager em) {
        this.em = em;
    }

    static List<ApiToken> newestFirst() {
        return ApiToken.list(NEWEST_FIRST);
    }

    static Optional<ApiToken> live(byte[] secretHash) {
        return ApiToken.<ApiToken>find(LIVE_BY_HASH, (Object) secretHash).firstResultOptional();
    }

    void touch(UUID id, Instant now) {
        em.createQuery(TOUCH).setParameter("now", now).setParameter("id", id).executeUpdate();
    }
}
