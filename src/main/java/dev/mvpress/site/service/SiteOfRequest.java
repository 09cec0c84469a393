package dev.mvpress.site.service;

import jakarta.enterprise.context.RequestScoped;

import dev.mvpress.site.api.SiteView;

/**
 * The site's settings as this request read them ({@link SiteSettings#current}): a list of posts resolves every
 * post's language from the settings and reads them once however long it is. Nothing outlives the request, so
 * another instance's write shows at the next one. (Methods, not a field: what is injected is a proxy.)
 */
@RequestScoped
class SiteOfRequest {

    private SiteView view;

    SiteView view() {
        return view;
    }

    void remember(SiteView read) {
        this.view = read;
    }
}
