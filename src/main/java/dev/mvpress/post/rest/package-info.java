/**
 * The HTTP face of posts under /api/posts: PostResource (one post, JSON or markdown), PostListResource (lists, related)
 * and PostRevisionResource (history); PostViews maps entities to the api records, PostExamples holds the OpenAPI examples.
 */
package dev.mvpress.post.rest;
