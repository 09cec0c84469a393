package dev.mvpress.auth;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import dev.mvpress.post.Visibility;

/** Who is calling in this request: anonymous until the bearer filter has accepted a token. */
@RequestScoped
public class Caller {

    private boolean authenticated;
    private Set<Scope> scopes = Set.of();
    private String tokenName;

    /** A valid token was presented (responses are then private to the caller). */
    public boolean authenticated() {
        return authenticated;
    }

    /**
     * What this caller may see: with drafts:read also drafts, scheduled posts, private contributions
     * and private fields; otherwise what is public.
     */
    public Visibility visibility() {
        return Visibility.of(has(Scope.DRAFTS_READ));
    }

    public boolean has(Scope scope) {
        return scopes.contains(Scope.ADMIN) || scopes.contains(scope);
    }

    /** The token's name, for attributing changes: "admin" for the configured admin token. */
    public String tokenName() {
        return tokenName;
    }

    void authenticate(String name, Set<Scope> granted) {
        this.authenticated = true;
        this.tokenName = name;
        this.scopes = Set.copyOf(granted);
    }
}
