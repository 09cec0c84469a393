package dev.mvpress.feed;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;

import dev.mvpress.kernel.XmlChars;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostUrls;

/**
 * The one place a post becomes a feed item: a JSON Feed item, or an RSS/Atom entry. Text and URLs of
 * the XML entries go through XmlChars.xmlSafe: a stored control character would otherwise make the
 * whole feed unwritable or unparseable for every reader.
 */
@ApplicationScoped
class FeedViews {

    private final PostUrls urls;

    FeedViews(PostUrls urls) {
        this.urls = urls;
    }

    /** A JSON Feed 1.1 item. */
    Map<String, Object> jsonItem(Post post) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", urls.publicUrl(post.slug));
        item.put("url", urls.publicUrl(post.slug));
        if (post.canonicalUrl != null) {
            item.put("external_url", post.canonicalUrl);
        }
        item.put("title", post.title);
        item.put("content_html", post.html);
        item.put("summary", post.excerpt);
        if (post.coverImageUrl != null) {
            item.put("image", post.coverImageUrl);
        }
        item.put("date_published", DateTimeFormatter.ISO_INSTANT.format(post.publishedAt));
        item.put("date_modified", DateTimeFormatter.ISO_INSTANT.format(post.updatedAt));
        item.put("tags", post.tags.stream().map(t -> t.name).toList());
        return item;
    }

    /** An entry of an RSS 2.0 ({@code rss}) or Atom feed; {@code author} is the site's (SiteSettings). */
    SyndEntry entry(Post post, boolean rss, String author) {
        SyndEntry entry = new SyndEntryImpl();
        String url = XmlChars.xmlSafe(urls.publicUrl(post.slug));
        entry.setUri(url);
        entry.setLink(url);
        entry.setTitle(XmlChars.xmlSafe(post.title));
        entry.setAuthor(XmlChars.xmlSafe(author));
        entry.setPublishedDate(Date.from(post.publishedAt));
        entry.setUpdatedDate(Date.from(post.updatedAt));
        // RSS 2.0 has one body element, <description>: readers expect the whole post there. Atom has
        // both a summary and a content.
        SyndContent summary = new SyndContentImpl();
        summary.setType(rss ? "text/html" : "text/plain");
        summary.setValue(XmlChars.xmlSafe(rss ? post.html : post.excerpt));
        entry.setDescription(summary);
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(XmlChars.xmlSafe(post.html));
        entry.setContents(List.of(content));
        List<SyndCategory> categories = new ArrayList<>();
        post.tags.forEach(t -> {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(XmlChars.xmlSafe(t.name));
            categories.add(category);
        });
        entry.setCategories(categories);
        return entry;
    }
}
