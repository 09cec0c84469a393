package dev.mvpress.post.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.auth.Caller;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostRevision;
import dev.mvpress.post.PostStatus;
import dev.mvpress.post.api.PostInput;
import dev.mvpress.web.JsonBodies;

/**
 * A post's history: each write that changed the post is kept as a numbered revision in the shape a
 * PUT takes, who wrote it and when; read back here, and turned into the input that restores it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PostRevisions {

    private final PostQueries queries;
    private final ObjectMapper json;
    private final TimeSource time;
    private final Caller caller;

    PostRevisions(PostQueries queries, ObjectMapper json, TimeSource time, Caller caller) {
        this.queries = queries;
        this.json = json;
        this.time = time;
        this.caller = caller;
    }

    /** Keeps the post as this write left it, unless the write changed nothing. */
    void record(Post post) {
        List<Object[]> latest = queries.latestRevision(post.id);
        if (!latest.isEmpty() && (Long) latest.get(0)[1] == post.version) {
            return;
        }
        int number = latest.isEmpty() ? 0 : (Integer) latest.get(0)[0];
        PostRevision revision = new PostRevision();
        revision.id = UUID.randomUUID();
        revision.postId = post.id;
        revision.number = number + 1;
        revision.postVersion = post.version;
        revision.author = caller.tokenName() == null ? "system" : caller.tokenName();
        Map<String, Object> snapshot = json.convertValue(PostWrites.toInput(post, time.now()),
                new TypeReference<LinkedHashMap<String, Object>>() {
                });
        // The shape a PUT takes: tags by slug, and no keys for absent values.
        snapshot.put("tags", post.tags.stream().map(t -> t.slug).toList());
        snapshot.values().removeIf(Objects::isNull);
        revision.snapshot = snapshot;
        revision.createdAt = time.now();
        revision.persist();
    }

    public List<PostRevision> findRevisions(Post post) {
        return queries.revisions(post.id);
    }

    public Optional<PostRevision> findRevision(Post post, int number) {
        return queries.revision(post.id, number);
    }

    /**
     * The input that writes this revision back over the post: its content then, under the post's current
     * slug. {@link PostWrites#restoreRevision} writes it as a full replace, itself a new revision.
     */
    PostInput restoring(Post post, PostRevision revision) {
        PostInput old = JsonBodies.convert(json, json.valueToTree(revision.snapshot), PostInput.class);
        PostInput input = old.withSlug(post.slug);
        if (input.status() == PostStatus.SCHEDULED && input.publishedAt() != null && !input.publishedAt().isAfter(time.now())) {
            // It was scheduled then and its time has passed: restoring it publishes it at that time.
            input = input.withStatus(PostStatus.PUBLISHED);
        }
        return input;
    }
}
