package dev.mvpress.post.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.post.PostKind;
import dev.mvpress.post.PostStatus;
import dev.mvpress.post.service.Neighbours.Neighbour;
import dev.mvpress.site.service.SiteSettings;
import dev.mvpress.tag.api.TagSummary;

/**
 * Reads posts as {@link PostCard}s, the columns a list or a JSON read shows with the tags aggregated
 * in the same statement, and maps the rows; {@link PostReads} decides which posts.
 */
@ApplicationScoped
class PostCards {

    private final PostQueries queries;
    private final ObjectMapper json;
    private final SiteSettings site;

    PostCards(PostQueries queries, ObjectMapper json, SiteSettings site) {
        this.queries = queries;
        this.json = json;
        this.site = site;
    }

    /**
     * The posts of these ids, in this order, with their tags, in one statement: only the columns a
     * list shows (each body column only when asked for), the tags aggregated per post in the same query, and
     * the site's settings, which become the request's ({@link SiteSettings#remember}).
     */
    List<PostCard> byIds(List<UUID> ids, PostBody body) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PostCard> byId = new HashMap<>();
        List<Object[]> rows = queries.cardsWithSite(body, PostQueries.BY_IDS, "ids", ids);
        for (Object[] r : rows) {
            byId.put((UUID) r[0], card(r));
        }
        if (!rows.isEmpty()) {
            site.remember((String) rows.get(0)[37]);
        }
        return ids.stream().map(byId::get).toList();
    }

    /**
     * The posts matching a condition on {@code p} ({@link PostQueries#BY_IDS}, {@link PostQueries#BY_SLUG}) with
     * one named parameter, as {@link #byIds} reads them.
     */
    List<PostCard> where(String condition, String name, Object value, PostBody body) {
        // Plain rows, converted here: a result mapping (addScalar) would make every call a new entry in
        // Hibernate's query interpretation cache, whose lookups then slow every request.
        List<PostCard> found = new ArrayList<>();
        for (Object[] r : queries.cards(body, condition, name, value)) {
            found.add(card(r));
        }
        return found;
    }

    /** A post or page as a single read shows it, read by {@link PostQueries#single}: the card and what is around it. */
    record Single(PostCard card, Neighbours around, String siteJson) {
    }

    /** The post or page with this slug, read with {@link PostQueries#AROUND} in one statement. */
    List<Single> single(PostBody body, String slug, boolean all, Instant now) {
        List<Single> found = new ArrayList<>();
        for (Object[] r : queries.single(body, slug, all, now)) {
            found.add(new Single(card(r), around(r, CARD_COLUMNS), (String) r[CARD_COLUMNS + 3]));
        }
        return found;
    }

    /** What is around a post held in memory (after a write, or a preview's card), by {@link PostQueries#AROUND_VALUES}. */
    Neighbours around(PostCard post, boolean all, Instant now) {
        Object[] r = queries.around(post.id(), post.publishedAt(), post.kind(), post.translationKey(), all, now);
        return around(r, 1);
    }

    /** {@link PostQueries#AROUND}'s previous, next and translations columns, from column {@code at} on. */
    private Neighbours around(Object[] r, int at) {
        List<Neighbour> translations = new ArrayList<>();
        if (r[at + 2] != null) {
            for (JsonNode link : tree((String) r[at + 2])) {
                translations.add(neighbour(link));
            }
        }
        return new Neighbours(r[at] == null ? null : neighbour(tree((String) r[at])),
                r[at + 1] == null ? null : neighbour(tree((String) r[at + 1])), translations);
    }

    private static Neighbour neighbour(JsonNode link) {
        return new Neighbour(link.get(0).asText(), link.get(1).asText(),
                link.get(2).isNull() ? null : micros(link.get(2).asLong()), PostKind.fromJson(link.get(3).asText()),
                link.get(4).isNull() ? null : link.get(4).asText());
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned a link that is not JSON", e);
        }
    }

    /** How many columns {@link PostQueries#cards} reads for a card, before any the statement adds. */
    private static final int CARD_COLUMNS = 37;

    private PostCard card(Object[] r) {
        String html = (String) r[6];
        return new PostCard((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                html, tagSummaries((String) r[18]), PostStatus.fromJson((String) r[7]), micros(r[8]),
                micros(r[9]), micros(r[10]), ((Number) r[11]).intValue(), ((Number) r[12]).intValue(), (String) r[13],
                PostCard.image((String) r[14], (String) r[15], integer(r[19]), integer(r[20]), (String) r[21]),
                metadata((String) r[16]), ((Number) r[17]).longValue(), PostKind.fromJson((String) r[22]),
                (String) r[23], (String) r[24], (String) r[25], (String) r[26],
                PostCard.image((String) r[27], (String) r[28], integer(r[29]), integer(r[30]), (String) r[31]),
                (Boolean) r[32], html == null ? null : PostCard.toc(toc((String) r[33]), html), (String) r[34],
                (String) r[35], integer(r[36]));
    }

    /** A timestamp read as microseconds since the epoch (PostgreSQL's own precision). */
    private static Instant micros(Object value) {
        return value == null ? null : micros(((Number) value).longValue());
    }

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private List<TagSummary> tagSummaries(String json) {
        try {
            List<TagSummary> tags = new ArrayList<>();
            for (JsonNode pair : this.json.readTree(json)) {
                tags.add(new TagSummary(pair.get(0).asText(), pair.get(1).asText()));
            }
            return tags;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned tags that are not JSON", e);
        }
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private List<Map<String, Object>> toc(String json) {
        if (json == null) {
            return null;
        }
        try {
            return this.json.readValue(json, TOC);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned a table of contents that is not JSON", e);
        }
    }

    private Map<String, Object> metadata(String json) {
        try {
            return this.json.readValue(json, METADATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned metadata that is not JSON", e);
        }
    }

    private static final TypeReference<LinkedHashMap<String, Object>> METADATA = new TypeReference<>() {
    };

    private static final TypeReference<List<Map<String, Object>>> TOC = new TypeReference<>() {
    };
}
