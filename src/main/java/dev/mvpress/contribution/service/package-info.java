/**
 * What contributions do: ContributionService (lists, lookups, writes) and ContributionSummaries over ContributionQueries,
 * ContributionSummaryQueries and CatalogQueries (every statement), CatalogService and PortalCatalogs (the portal's
 * catalog document), ContributionCsv, PortalExport, PortalReadiness, ContributionImport, the blog logger and TagAreas
 * (the areas an entry takes from tags), FilingLedger (which entries are filed in the MVP portal, and the refusal of a
 * repeated entry) over FilingQueries, and the nominee's filing sheet (FilingSheet builds its cards, FilingSheetHtml and
 * FilingSheetMarkdown lay them out).
 */
package dev.mvpress.contribution.service;
