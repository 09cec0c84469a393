/**
 * What contributions do: ContributionService (lists, lookups, writes) and ContributionSummaries over ContributionQueries
 * and CatalogQueries (every statement), CatalogService, ContributionCsv, PortalExport, ContributionImport, the blog logger,
 * and the nominee's filing sheet (FilingSheet builds its cards, FilingSheetHtml and FilingSheetMarkdown lay them out).
 */
package dev.mvpress.contribution.service;
