/**
 * What contributions do: ContributionService (lists, lookups, writes) and ContributionSummaries over ContributionQueries
 * and CatalogQueries (every statement), CatalogService, ContributionCsv, PortalExport, ContributionImport, the blog logger,
 * and FilingLedger (which entries are filed in the MVP portal, and the refusal of a repeated entry) over FilingQueries.
 */
package dev.mvpress.contribution.service;
