/**
 * The HTTP face of posts: PostResource (posts as JSON or markdown) and PostRevisionResource (their
 * history), with PostViews turning entities into the API's records.
 */
package dev.mvpress.post.rest;
