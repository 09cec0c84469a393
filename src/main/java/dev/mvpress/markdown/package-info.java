/**
 * Markdown in and out: rendering to sanitized HTML, text statistics, YAML front matter and slugs.
 * Pure functions with no database access, so they are cheap to test on their own.
 */
package dev.mvpress.markdown;
