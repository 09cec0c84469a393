package dev.mvpress.post.rest;

/** What {@code include=} adds to a post's JSON: {@code body} the HTML (lists), {@code markdown} the source. */
enum PostInclude {
    BODY("body"), MARKDOWN("markdown");

    private final String param;

    PostInclude(String param) {
        this.param = param;
    }

    @Override
    public String toString() {
        return param;
    }
}
