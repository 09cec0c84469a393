/** The /api/tags endpoints, with the one place tags become views (TagViews) and their OpenAPI examples (TagExamples). */
package dev.mvpress.tag.rest;
