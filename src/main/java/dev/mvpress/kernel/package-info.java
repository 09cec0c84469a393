/**
 * What every feature shares and that knows nothing of HTTP: stored-resource history, the clock, pages,
 * slugs, and the text rules (XML-safe characters, plain text, http(s) URLs, year range) that inputs obey.
 */
package dev.mvpress.kernel;
