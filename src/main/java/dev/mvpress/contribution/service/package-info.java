/**
 * What contributions do: ContributionService (lists, lookups, writes) and ContributionSummaries over ContributionQueries
 * and CatalogQueries (every statement), CatalogService, ContributionCsv, PortalExport, ContributionImport, the blog logger
 * and TagAreas (the areas an entry takes from tags).
 */
package dev.mvpress.contribution.service;
