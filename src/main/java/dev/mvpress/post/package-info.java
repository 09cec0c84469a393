/**
 * Blog posts: written as JSON or as markdown with YAML front matter, rendered once on write,
 * published now or on a schedule, listed with their tags in a fixed number of SQL statements.
 */
package dev.mvpress.post;
