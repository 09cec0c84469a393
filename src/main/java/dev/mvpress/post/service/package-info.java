/**
 * What posts do: PostReads (lookups, lists, cursors, totals, related) over PostCards, PostWrites (one save path) with
 * PostSlugs and PostRevisions; every statement they run is built and run by PostQueries.
 */
package dev.mvpress.post.service;
