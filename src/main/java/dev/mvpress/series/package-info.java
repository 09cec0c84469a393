/**
 * Series of posts: the entity, its reads and writes (/api/series), the series a post names, and each post's place
 * in its series (position, total, previous and next part) for the caller who reads it.
 */
package dev.mvpress.series;
