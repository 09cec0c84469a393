/**
 * The JSON records of the post API: PostView, PostInput and CoverImage, the PostReceipt a write answers
 * without drafts:read, and the revision records; no entity mapping here (that is post/rest/PostViews).
 */
package dev.mvpress.post.api;
