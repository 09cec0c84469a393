/**
 * Importers that log contributions from where the work already is: an RSS or Atom feed, GitHub pull
 * requests, Sessionize sessions. Each source is fetched through SourceClient (bounded in items, bytes and
 * time; private addresses refused by SourceAddresses), read into ImportItems, and SourceImport turns those
 * into entries through ContributionService's rules, skipping what is already logged (by URL, KnownEntries).
 */
package dev.mvpress.contribution.importer;
