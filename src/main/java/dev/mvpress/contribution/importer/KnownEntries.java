package dev.mvpress.contribution.importer;

import java.net.URI;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.contribution.service.ContributionQueries;
import dev.mvpress.post.Visibility;

/**
 * The stored entries an import's items may repeat, each found in one statement: by URL (the item is
 * skipped) and by date and title (the item is imported with a warning when the entry is on another
 * site: a cross-post). An entry the caller may not read is still found, but its id is not told ("").
 */
@ApplicationScoped
public class KnownEntries {

    /** An entry with an item's date and title: its id, or "" when the caller may not read it, and its URL's host. */
    public record Twin(String id, String host) {
    }

    private final ImportQueries queries;
    private final ContributionQueries entries;

    KnownEntries(ImportQueries queries, ContributionQueries entries) {
        this.queries = queries;
        this.entries = entries;
    }

    /** The URLs that entries already have, each with its oldest entry's id. */
    public Map<String, String> byUrl(List<String> urls, Visibility visibility) {
        List<String> wanted = urls.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).distinct().toList();
        Map<String, String> stored = new HashMap<>();
        for (Object[] row : queries.byUrls(wanted)) {
            boolean readable = visibility.all() || Boolean.TRUE.equals(row[2]);
            stored.putIfAbsent((String) row[1], readable ? row[0].toString() : "");
        }
        return stored;
    }

    /** The entries dated within the days, by {@link #key(LocalDate, String)}. */
    public Map<String, Twin> byDateAndTitle(List<LocalDate> days, Visibility visibility) {
        Map<String, Twin> stored = new HashMap<>();
        if (days.isEmpty()) {
            return stored;
        }
        LocalDate min = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate max = days.stream().max(LocalDate::compareTo).orElseThrow();
        for (Object[] row : entries.storedKeys(min, max)) {
            boolean readable = visibility.all() || Boolean.TRUE.equals(row[5]);
            LocalDate day = row[2] instanceof Date d ? d.toLocalDate() : (LocalDate) row[2];
            stored.putIfAbsent(key(day, (String) row[4]), new Twin(readable ? row[0].toString() : "", host((String) row[3])));
        }
        return stored;
    }

    /** Day and title regardless of case, as a plain POST finds the entry it repeats. */
    public static String key(LocalDate day, String title) {
        return day + "|" + title.strip().toLowerCase(Locale.ROOT);
    }

    public static String host(String url) {
        try {
            String host = url == null ? null : URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
