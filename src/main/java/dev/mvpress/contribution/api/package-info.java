/**
 * The JSON records of contributions and their catalogs: inputs, views, the receipt of a write the caller may not read,
 * the summary, the import report and
 * a line of the filing ledger.
 */
package dev.mvpress.contribution.api;
