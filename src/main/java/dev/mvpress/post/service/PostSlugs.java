package dev.mvpress.post.service;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import dev.mvpress.kernel.Slugs;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostEvents;
import dev.mvpress.post.PostSlugAlias;
import dev.mvpress.post.PostUrls;
import dev.mvpress.web.ProblemException;

/**
 * Which slug a written post gets: an explicit one claimed (409 when taken), a derived one made free
 * with -2, -3, ..., a rename that leaves a redirecting alias, all under a per-slug lock so concurrent
 * writers take turns. Called by {@link PostWrites} inside its transaction.
 */
@ApplicationScoped
class PostSlugs {

    private final PostQueries queries;
    private final PostUrls urls;
    private final Event<PostEvents.Renamed> renamed;

    PostSlugs(PostQueries queries, PostUrls urls, Event<PostEvents.Renamed> renamed) {
        this.queries = queries;
        this.urls = urls;
        this.renamed = renamed;
    }

    /** Changing a slug keeps the old one as an alias that redirects. */
    void rename(Post post, String newSlug) {
        if (newSlug == null || newSlug.equals(post.slug)) {
            return;
        }
        claim(newSlug, post.id);
        PostSlugAlias.persist(PostSlugAlias.of(post.slug, post.id));
        String oldUrl = urls.publicUrl(post.kind, post.slug);
        post.slug = newSlug;
        renamed.fire(new PostEvents.Renamed(post, oldUrl, urls.publicUrl(post.kind, newSlug)));
    }

    /** An explicit slug: a conflict when another post has it; an old alias of it gives way. */
    void claim(String slug, UUID owner) {
        lockSlug(slug);
        Optional<Post> holder = queries.postBySlug(slug);
        if (holder.isPresent() && !holder.get().id.equals(owner)) {
            throw ProblemException.conflict("slug", "a post with slug '" + slug + "' already exists");
        }
        queries.deleteAlias(slug);
    }

    /**
     * Concurrent writers of the same slug take turns until their transactions end, so the second sees
     * the first one's post: a clean 409 for an explicit slug, the next number for a derived one.
     */
    private void lockSlug(String slug) {
        queries.lock("post-slug:" + slug);
    }

    /** A derived slug never takes one in use, nor an old slug that still redirects: it gets -2, -3, ... */
    String free(String base) {
        String root = base.isEmpty() ? "post" : base;
        if (root.length() > Slugs.MAX_LENGTH - 6) {
            root = root.substring(0, Slugs.MAX_LENGTH - 6).replaceAll("-+$", "");
        }
        lockSlug(root);
        String like = root + "-%";
        Set<String> taken = queries.slugsTaken(root, like);
        if (!taken.contains(root)) {
            return root;
        }
        for (int n = 2;; n++) {
            String candidate = root + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
