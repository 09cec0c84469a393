package dev.mvpress.post.service;

/**
 * Which of a post's two body columns a read fetches: each is about as large as the rest of the post together
 * (10 KB of markdown renders to some 12 KB of HTML), so a read fetches only the ones it shows.
 */
public record PostBody(boolean markdown, boolean html) {

    /** Neither: list items without {@code include=body}. */
    public static final PostBody NONE = new PostBody(false, false);
    /** The HTML: a post's JSON by default. */
    public static final PostBody HTML = new PostBody(false, true);
    /** Both. */
    public static final PostBody ALL = new PostBody(true, true);
}
