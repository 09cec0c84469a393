package dev.mvpress.contribution.importer;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import dev.mvpress.kernel.AddressPolicy;
import dev.mvpress.web.ProblemException;
import dev.mvpress.web.Problems;

/**
 * Reads any RSS 2.0 or Atom feed with Rome: a YouTube channel (whose descriptions are in Media RSS), a
 * podcast (whose link may be only its enclosure), a blog on dev.to, Hashnode or Medium. The XML parser
 * refuses DOCTYPE declarations, so no entity is expanded and nothing outside the document is read.
 */
@ApplicationScoped
public class FeedSource {

    private static final Namespace MEDIA = Namespace.getNamespace("http://search.yahoo.com/mrss/");
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
            + " text/xml;q=0.8, */*;q=0.1";

    private final SourceClient client;
    private final SourceAddresses policy;

    FeedSource(SourceClient client, SourceAddresses policy) {
        this.client = client;
        this.policy = policy;
    }

    /** The feed's items in its order; a URL MVPress may not fetch is a 400 naming {@code url}. */
    public SourceItems read(String url, SourceClient.Deadline deadline) {
        URI uri = URI.create(url.strip());
        if (policy.check(uri) instanceof AddressPolicy.Refused refused) {
            throw ProblemException.invalid("url", refused.reason());
        }
        String label = "the feed at " + url.strip();
        SyndFeed feed = parse(client.get(uri, Map.of("Accept", ACCEPT), label, deadline).body(), label);
        List<ImportItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(entry));
        }
        return new SourceItems(url.strip(), items, List.of());
    }

    static SyndFeed parse(byte[] body, String label) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try {
            return input.build(new InputSource(new ByteArrayInputStream(body)));
        } catch (FeedException | RuntimeException e) {
            throw SourceClient.failed(label + " did not send an RSS or Atom feed: " + Problems.firstLine(e.getMessage()));
        }
    }

    private static ImportItem item(SyndEntry entry) {
        return new ImportItem(text(entry.getTitleEx(), entry.getTitle()), description(entry), day(entry), null, link(entry),
                categories(entry), null);
    }

    /** The entry's page, else its id when that is a URL (an RSS guid), else its first enclosure (a podcast's audio). */
    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        if (entry.getUri() != null && entry.getUri().toLowerCase(Locale.ROOT).startsWith("http")) {
            return entry.getUri();
        }
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            if (enclosure.getUrl() != null && !enclosure.getUrl().isBlank()) {
                return enclosure.getUrl();
            }
        }
        return null;
    }

    private static LocalDate day(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The summary, else the content, else a YouTube video's media:description. */
    private static String description(SyndEntry entry) {
        if (entry.getDescription() != null && entry.getDescription().getValue() != null
                && !entry.getDescription().getValue().isBlank()) {
            return text(entry.getDescription(), null);
        }
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return text(content, null);
            }
        }
        for (Element element : entry.getForeignMarkup()) {
            Element group = MEDIA.equals(element.getNamespace()) && element.getName().equals("group") ? element : null;
            Element description = group == null ? null : group.getChild("description", MEDIA);
            if (description != null && !description.getTextTrim().isEmpty()) {
                return description.getText();
            }
        }
        return null;
    }

    /** Categories by term and by label (Atom has both: "dotnet", ".NET"). */
    private static List<String> categories(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndCategory category : entry.getCategories()) {
            if (category.getName() != null && !category.getName().isBlank()) {
                names.add(category.getName().strip());
            }
            if (category.getLabel() != null && !category.getLabel().isBlank() && !names.contains(category.getLabel().strip())) {
                names.add(category.getLabel().strip());
            }
        }
        return names;
    }

    /** Plain text of a feed's text construct: HTML (RSS descriptions, Atom type="html") loses its markup. */
    private static String text(SyndContent content, String fallback) {
        if (content == null || content.getValue() == null) {
            return fallback;
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.contains("html") ? Jsoup.parse(content.getValue()).text() : content.getValue();
    }
}
