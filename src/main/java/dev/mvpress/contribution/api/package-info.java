/**
 * The JSON records of contributions and their catalogs: inputs, views, the receipt of a write the caller may not read,
 * the summary, the import report, a line of the filing ledger, and the requests and report of the importers (feed,
 * GitHub, Sessionize).
 */
package dev.mvpress.contribution.api;
