package dev.mvpress.auth;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling in this request: anonymous until the bearer filter has accepted a token. */
@RequestScoped
public class Caller {

    private boolean authenticated;

    public boolean authenticated() {
        return authenticated;
    }

    void authenticate() {
        this.authenticated = true;
    }
}
