/**
 * The HTTP face of contributions: ContributionResource, ContributionTransferResource (export, import), SourceImportResource
 * (imports from a feed, GitHub, Sessionize) and the two catalog resources, with ContributionViews turning entities into
 * the API's records and ContributionExamples for the docs. Every resource is registered for reflection: KnownQueryParams
 * reads its parameter annotations, in a native image too.
 */
package dev.mvpress.contribution.rest;
