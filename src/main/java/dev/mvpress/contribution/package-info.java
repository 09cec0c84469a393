/**
 * Microsoft MVP contributions: community activities logged as they happen, in the shape of the MVP
 * portal's activity form, with their catalogs of types and technology areas, a yearly summary, and
 * CSV and portal-JSON export and import, and importers from feeds, GitHub and Sessionize.
 */
package dev.mvpress.contribution;
