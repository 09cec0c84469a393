/**
 * What contributions do: ContributionService (lists, lookups, writes) and ContributionSummaries over
 * ContributionQueries, ContributionSummaryQueries and CatalogQueries (every statement), CatalogService,
 * ContributionCsv, PortalExport, ContributionImport, the blog logger.
 */
package dev.mvpress.contribution.service;
