/**
 * The HTTP face of contributions: ContributionResource, ContributionTransferResource (export, import) and the two catalog
 * resources, with ContributionViews turning entities into the API's records and ContributionExamples for the docs.
 */
package dev.mvpress.contribution.rest;
