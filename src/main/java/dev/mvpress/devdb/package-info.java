/**
 * The zero-setup PostgreSQL for dev mode and tests: an embedded server from zonky's binaries.
 * The zonky artifact has Maven scope {@code provided} (on the dev-mode and test class paths, never
 * packaged), and {@link dev.mvpress.devdb.EmbeddedPostgresLauncher} is left out of the packaged
 * application, so production builds neither carry nor start a database server.
 */
package dev.mvpress.devdb;
