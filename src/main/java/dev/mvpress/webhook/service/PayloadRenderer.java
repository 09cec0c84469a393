package dev.mvpress.webhook.service;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.rest.ContributionViews;
import dev.mvpress.contribution.service.CatalogService;
import dev.mvpress.contribution.service.ContributionQueries;
import dev.mvpress.contribution.service.ContributionService;
import dev.mvpress.post.Visibility;
import dev.mvpress.post.rest.PostViews;
import dev.mvpress.post.service.PostCard;
import dev.mvpress.post.service.PostReads;
import dev.mvpress.tag.api.TagView;
import dev.mvpress.tag.service.TagService;
import dev.mvpress.webhook.api.EventTombstone;
import dev.mvpress.webhook.api.WebhookEvent;

/**
 * Renders what events show, with the API's own read paths and views: a post as GET /api/posts/{slug}
 * answers it (to an anonymous reader, or to a drafts:read token), a tag and a contribution as their GET
 * does. A batch's resources are read in a fixed number of statements (posts, tags, entries, and the
 * catalogs when an entry is shown to the drafts audience), then each is rendered once per audience.
 */
@ApplicationScoped
public class PayloadRenderer {

    private final PostReads posts;
    private final PostViews postViews;
    private final TagService tags;
    private final ContributionService contributions;
    private final ContributionQueries entries;
    private final CatalogService catalogs;
    private final ObjectMapper json;

    PayloadRenderer(PostReads posts, PostViews postViews, TagService tags, ContributionService contributions,
            ContributionQueries entries, CatalogService catalogs, ObjectMapper json) {
        this.entries = entries;
        this.posts = posts;
        this.postViews = postViews;
        this.tags = tags;
        this.contributions = contributions;
        this.catalogs = catalogs;
        this.json = json;
    }

    /** The resources of a batch, rendered for the audiences asked for, as they stand at {@code now}. */
    Payloads read(Collection<UUID> postIds, Collection<UUID> tagIds, Collection<UUID> entryIds, boolean forPublic,
            boolean forDrafts, Instant now) {
        Payloads payloads = new Payloads();
        for (PostCard card : posts.findCardsByIds(List.copyOf(postIds))) {
            payloads.posts.put(card.id(), card);
            JsonNode view = json.valueToTree(postViews.of(card, now, null));
            payloads.put(EventFanoutRules.DRAFTS, card.id(), forDrafts ? view : null);
            boolean visible = Visibility.isPublic(card.status(), card.publishedAt(), now);
            payloads.put(EventFanoutRules.PUBLIC, card.id(), forPublic && visible ? view : null);
        }
        for (Map.Entry<UUID, TagView> tag : tags.findTagsByIds(tagIds).entrySet()) {
            JsonNode view = json.valueToTree(tag.getValue());
            payloads.put(EventFanoutRules.DRAFTS, tag.getKey(), forDrafts ? view : null);
            payloads.put(EventFanoutRules.PUBLIC, tag.getKey(),
                    forPublic && Visibility.PUBLIC.showsTag(tag.getValue().postCount()) ? view : null);
        }
        // The list read's statement: the entries with their posts (ids that no longer exist come back null).
        List<Contribution> found = entries.byIds(List.copyOf(entryIds)).stream().filter(Objects::nonNull).toList();
        CatalogService.Catalogs known = forDrafts && !found.isEmpty() ? catalogs.loadCatalogs() : null;
        for (Contribution c : found) {
            String url = contributions.url(c);
            if (forDrafts) {
                payloads.put(EventFanoutRules.DRAFTS, c.id,
                        json.valueToTree(ContributionViews.of(c, Visibility.ALL, url, known)));
            }
            if (forPublic && Visibility.isPublic(c, now)) {
                payloads.put(EventFanoutRules.PUBLIC, c.id,
                        json.valueToTree(ContributionViews.of(c, Visibility.PUBLIC, url, null)));
            }
        }
        return payloads;
    }

    /** A batch's rendered resources by audience and id, and the posts as read (for went-live decisions). */
    final class Payloads {

        private final Map<String, JsonNode> data = new HashMap<>();
        final Map<UUID, PostCard> posts = new HashMap<>();

        private void put(String audience, UUID id, JsonNode view) {
            if (view != null) {
                data.put(audience + ":" + id, view);
            }
        }

        /**
         * The JSON body of an event: the resource as the audience sees it now, or a tombstone naming it by
         * {@code slug} when the audience cannot see it (deleted, or hidden from readers).
         */
        String body(String type, Instant at, String audience, UUID id, String slug) {
            Object shown = data.get(audience + ":" + id);
            if (shown == null) {
                shown = new EventTombstone(id.toString(), slug);
            }
            try {
                return json.writeValueAsString(new WebhookEvent(type, at, shown));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an event payload could not be written as JSON", e);
            }
        }
    }
}
