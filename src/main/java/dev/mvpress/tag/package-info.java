/** Tags: created on first use by a post, renamed without breaking posts, counted by published posts. */
package dev.mvpress.tag;
