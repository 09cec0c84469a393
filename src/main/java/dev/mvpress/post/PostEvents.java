package dev.mvpress.post;

/**
 * What other features hear about posts, fired synchronously inside the writing transaction so that
 * whatever they do commits or rolls back with the post.
 */
public final class PostEvents {

    private PostEvents() {
    }

    /** The post was published or scheduled for the first time. */
    public record FirstPublished(Post post, String publicUrl) {
    }

    /** Any write of the post (after FirstPublished, when both apply). */
    public record Written(Post post) {
    }

    /** The post's slug, and so its public URL, changed. */
    public record Renamed(Post post, String oldUrl, String newUrl) {
    }
}
