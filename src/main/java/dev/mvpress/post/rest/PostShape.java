package dev.mvpress.post.rest;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.post.api.PostView;
import dev.mvpress.post.service.PostBody;
import dev.mvpress.web.FieldSelection;
import dev.mvpress.web.Params;

/**
 * What a post's JSON shows, from {@code include=} and {@code fields=}, and so which body columns are read. One
 * post carries {@code html} and not {@code markdown} unless {@code include=markdown}; a list item carries
 * neither unless {@code include=body} (html) or {@code include=markdown}. {@code fields=} names exactly what
 * shows: a body field named there is read and shown without {@code include}, one not named is not read at all.
 */
record PostShape(PostBody body, FieldSelection fields) {

    static final String INCLUDE = "include";

    /** One post (a read, a write's answer, a preview). {@code include=body} is accepted and changes nothing. */
    static PostShape single(ObjectMapper json, List<String> include, List<String> fields) {
        Set<PostInclude> included = Params.choices(INCLUDE, include, PostInclude.class);
        return of(json, fields, new PostBody(included.contains(PostInclude.MARKDOWN), true));
    }

    /** An item of a list of posts. */
    static PostShape item(ObjectMapper json, List<String> include, List<String> fields) {
        Set<PostInclude> included = Params.choices(INCLUDE, include, PostInclude.class);
        return of(json, fields,
                new PostBody(included.contains(PostInclude.MARKDOWN), included.contains(PostInclude.BODY)));
    }

    private static PostShape of(ObjectMapper json, List<String> fields, PostBody included) {
        FieldSelection selection = FieldSelection.parse(json, PostView.class, fields);
        PostBody body = selection.all() ? included : new PostBody(selection.shows("markdown"), selection.shows("html"));
        return new PostShape(body, selection);
    }

    /** Whether any of these fields shows: what only they need is read only then. */
    boolean shows(String... names) {
        for (String name : names) {
            if (fields.shows(name)) {
                return true;
            }
        }
        return false;
    }

    /** The view as this shape shows it: the view itself, or the selected fields of it. */
    Object apply(PostView view) {
        return fields.apply(view);
    }
}
