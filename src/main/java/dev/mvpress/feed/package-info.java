/** RSS 2.0, Atom and JSON Feed 1.1 for the blog and per tag, and the sitemap, all linking to the frontend's URLs. */
package dev.mvpress.feed;
