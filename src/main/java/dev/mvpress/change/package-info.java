/**
 * The changes feed: every create, update and delete of posts, tags and contributions, in transaction
 * order, behind a cursor that never misses a change, for incremental static-site builds and caches.
 */
package dev.mvpress.change;
