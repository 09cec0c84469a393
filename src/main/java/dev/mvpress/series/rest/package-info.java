/** The /api/series endpoints, with a series and its parts as the caller sees them (SeriesViews) and their OpenAPI examples. */
package dev.mvpress.series.rest;
