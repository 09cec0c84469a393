/**
 * The HTTP face of contributions: ContributionResource, ContributionListResource, ContributionTransferResource (export,
 * import), SourceImportResource (imports from a feed, GitHub, Sessionize), ContributionFilingResource (the filing
 * ledger), FilingSheetResource (the nominee's filing sheet), PortalCatalogResource and the two catalog row resources,
 * with ContributionViews turning entities into the API's records and ContributionExamples for the docs.
 * Every resource is registered for reflection: KnownQueryParams reads its parameter annotations, in a native image too.
 */
package dev.mvpress.contribution.rest;
