/**
 * The zero-setup PostgreSQL for dev mode and tests: an embedded server from zonky's binaries.
 * The zonky artifact has Maven scope {@code provided}, and this package is left out of the packaged
 * application (see {@code quarkus.package.jar.user-configured-ignored-entries}), so production
 * builds neither carry nor start a database server.
 */
package dev.mvpress.devdb;
