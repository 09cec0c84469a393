package dev.mvpress.site.service;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.arc.Arc;

import dev.mvpress.site.api.SiteView;

/**
 * The site's settings read once per request: a list of posts resolves every post's language and URL from the
 * settings, and reads them in one statement however long it is. Outside a request (no request context),
 * {@link #of} reads them afresh. Nothing outlives the request, so another instance's write shows at once.
 */
@RequestScoped
public class SiteOfRequest {

    private final SiteSettings settings;
    private SiteView view;

    SiteOfRequest(SiteSettings settings) {
        this.settings = settings;
    }

    SiteView get() {
        if (view == null) {
            view = settings.current();
        }
        return view;
    }

    /** The settings as this request first read them, or as they stand when there is no request. */
    public static SiteView of(SiteOfRequest memo, SiteSettings settings) {
        return Arc.container().requestContext().isActive() ? memo.get() : settings.current();
    }
}
