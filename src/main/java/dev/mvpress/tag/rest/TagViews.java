package dev.mvpress.tag.rest;

import java.util.List;
import java.util.function.Consumer;

import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.post.Visibility;
import dev.mvpress.tag.Tag;
import dev.mvpress.tag.api.TagSummary;
import dev.mvpress.tag.api.TagView;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.web.IfMatch;

/** Tags as the API shows them: whole, with their published post count, or as named inside a post. */
public final class TagViews {

    private TagViews() {
    }

    /** {@code postCount}: the published posts carrying the tag (TagQueries#POST_COUNT). */
    public static TagView of(Tag tag, long postCount) {
        return new TagView(tag.slug, tag.name, tag.description, tag.technologyArea, postCount, tag.createdAt, tag.updatedAt,
                tag.version);
    }

    public static TagSummary summary(Tag tag) {
        return new TagSummary(tag.slug, tag.name);
    }

    /** If-Match carries the ETag of the tag as an author GETs it. */
    static Consumer<Tag> ifMatch(HttpHeaders headers, ObjectMapper json, TagService tags) {
        return IfMatch.from(headers, json, tag -> List.of(tags.findTagBySlug(tag.slug, Visibility.ALL).orElseThrow()));
    }
}
