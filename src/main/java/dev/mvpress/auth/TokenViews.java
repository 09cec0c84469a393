package dev.mvpress.auth;

import java.util.List;

import dev.mvpress.auth.TokenResource.CreatedToken;
import dev.mvpress.auth.TokenResource.TokenView;

/** The one place tokens become JSON views; no view carries the secret except the answer to its creation. */
final class TokenViews {

    private TokenViews() {
    }

    static TokenView of(ApiToken token) {
        return new TokenView(token.id.toString(), token.name, token.prefix, List.copyOf(token.scopes), token.createdAt,
                token.lastUsedAt, token.revokedAt);
    }

    /** The new token with its secret, shown this once. */
    static CreatedToken created(TokenService.Created created) {
        ApiToken t = created.token();
        return new CreatedToken(t.id.toString(), t.name, t.prefix, List.copyOf(t.scopes), t.createdAt, t.lastUsedAt,
                t.revokedAt, created.secret());
    }
}
