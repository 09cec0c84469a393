/**
 * The site as data: its settings (title, language, time zone, author, navigation, social accounts), which feeds
 * and other features read through {@code service.SiteSettings}, and the author's public profile page.
 */
package dev.mvpress.site;
