/**
 * Read replicas: anonymous public reads may be served by a second datasource ({@code replica}), set by
 * the operator; everything else, and everything when no replica is configured, uses the primary.
 * See docs/deploy.md, "Read replicas".
 */
package dev.mvpress.replica;
