/**
 * The JSON records of contributions and their catalogs: inputs, views, the receipt of a write the caller may not read,
 * the summary and the import report.
 */
package dev.mvpress.contribution.api;
