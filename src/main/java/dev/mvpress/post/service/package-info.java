/**
 * What posts do, one class a job: PostReads (lookups, lists, keyset paging, totals, related) over
 * PostCards (the card rows), PostWrites (every write through one save path), PostSlugs (claims,
 * renames, advisory locks) and PostRevisions (history and restore).
 */
package dev.mvpress.post.service;
