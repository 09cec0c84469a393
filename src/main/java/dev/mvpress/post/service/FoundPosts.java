package dev.mvpress.post.service;

import java.util.Map;
import java.util.UUID;

import dev.mvpress.kernel.Page;

/** A page of posts and, for a search, the highlighted snippet of each. */
public record FoundPosts(Page<PostCard> page, Map<UUID, String> snippets) {
}
