package dev.mvpress.post.service;

import java.util.Map;
import java.util.UUID;

import dev.mvpress.post.Post;
import dev.mvpress.web.Page;

/** A page of posts and, for a search, the highlighted snippet of each. */
public record FoundPosts(Page<Post> page, Map<UUID, String> snippets) {
}
