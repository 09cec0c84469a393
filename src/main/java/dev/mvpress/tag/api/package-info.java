/** The tag JSON views and input: a tag as listed and fetched, as named inside a post, and as sent to write one. */
package dev.mvpress.tag.api;
