/** The JSON of the site settings (as read and as written) and of the author's profile page. */
package dev.mvpress.site.api;
