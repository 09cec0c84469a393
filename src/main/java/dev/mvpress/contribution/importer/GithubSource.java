package dev.mvpress.contribution.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Pull requests a user had merged in a date range, through GitHub's issue search
 * ({@code is:pr is:merged author:X merged:FROM..TO}), page by page along the Link header. A pull
 * request to a documentation repository (an owner in mvpress.import.github.docs-owners, or a name
 * ending in one of mvpress.import.github.docs-repo-suffixes) is content feedback, any other open source.
 */
@ApplicationScoped
public class GithubSource {

    public static final String CONTENT_FEEDBACK = "content-feedback";
    public static final String OPEN_SOURCE = "open-source";

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    private static final Pattern REPOSITORY = Pattern.compile("/repos/([^/]+)/([^/]+)$");
    private static final Pattern PULL_PAGE = Pattern.compile("^https?://[^/]+/([^/]+)/([^/]+)/pull/\\d+");
    private static final int PAGE_SIZE = 100;

    private final SourceClient client;
    private final SourceEndpoints endpoints;
    private final ImportConfig config;
    private final ObjectMapper json;

    GithubSource(SourceClient client, SourceEndpoints endpoints, ImportConfig config, ObjectMapper json) {
        this.client = client;
        this.endpoints = endpoints;
        this.config = config;
        this.json = json;
    }

    /** The merged pull requests, oldest first; {@code token} may be null (GitHub then allows few searches). */
    public SourceItems read(String user, LocalDate from, LocalDate to, String token, SourceClient.Deadline deadline) {
        String base = endpoints.github();
        String query = "is:pr is:merged author:" + user + " merged:" + from + ".." + to;
        URI page = URI.create(base + "/search/issues?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&sort=created&order=asc&per_page=" + Math.min(PAGE_SIZE, config.maxItems()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/vnd.github+json");
        headers.put("X-GitHub-Api-Version", "2022-11-28");
        if (token != null && !token.isBlank()) {
            headers.put("Authorization", "Bearer " + token.strip());
        }
        String label = "GitHub (" + base + ")";
        List<ImportItem> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long total = 0;
        while (page != null && items.size() < config.maxItems()) {
            SourceClient.Fetched fetched = client.get(page, headers, label, deadline);
            JsonNode result = read(fetched.body(), label);
            total = result.path("total_count").asLong(0);
            if (result.path("incomplete_results").asBoolean(false) && notes.isEmpty()) {
                notes.add("GitHub's search timed out and its results may be incomplete; import again to complete them");
            }
            for (JsonNode pull : result.get("items")) {
                if (items.size() < config.maxItems()) {
                    items.add(item(pull));
                }
            }
            page = next(fetched, base, label);
        }
        if (total > items.size()) {
            notes.add("GitHub found " + total + " pull requests; " + items.size() + " were read (mvpress.import.max-items,"
                    + " and GitHub's search gives at most 1000); narrow from/to and import again");
        }
        return new SourceItems("GitHub pull requests by " + user + " merged " + from + ".." + to, items, notes);
    }

    private JsonNode read(byte[] body, String label) {
        try {
            JsonNode result = json.readTree(body);
            if (result != null && result.isObject() && result.path("items").isArray()) {
                return result;
            }
        } catch (IOException e) {
            // Reported below, as any other answer that is not a search result.
        }
        throw SourceClient.failed(label + " sent something that is not a search result (no items array)");
    }

    /** The Link header's next page, which must stay on GitHub's API (the token goes with it). */
    private static URI next(SourceClient.Fetched fetched, String base, String label) {
        for (String link : fetched.headers().allValues("Link")) {
            Matcher next = NEXT.matcher(link);
            if (next.find()) {
                URI uri;
                try {
                    uri = fetched.uri().resolve(next.group(1));
                } catch (IllegalArgumentException e) {
                    throw SourceClient.failed(label + " sent a next-page link that is not a URL");
                }
                if (!uri.toString().startsWith(base + "/")) {
                    throw SourceClient.failed(label + " pointed its next page away from " + base + ", which is not followed");
                }
                return uri;
            }
        }
        return null;
    }

    private ImportItem item(JsonNode pull) {
        String url = text(pull, "html_url");
        String[] repository = repository(pull, url);
        String name = repository == null ? "?" : repository[0] + "/" + repository[1];
        String number = pull.path("number").isNumber() ? "#" + pull.path("number").asText() : "";
        LocalDate merged = day(pull.path("pull_request").path("merged_at"));
        if (merged == null) {
            merged = day(pull.path("closed_at"));
        }
        String description = "Pull request " + name + number + (merged == null ? "" : ", merged " + merged) + ".";
        String type = repository != null && documentation(repository[0], repository[1]) ? CONTENT_FEEDBACK : OPEN_SOURCE;
        return new ImportItem(text(pull, "title"), description, merged, null, url, List.of(), type);
    }

    /** Owner and name, from the API's repository_url, else from the pull request's page. */
    private static String[] repository(JsonNode pull, String url) {
        Matcher api = REPOSITORY.matcher(text(pull, "repository_url") == null ? "" : text(pull, "repository_url"));
        if (api.find()) {
            return new String[]{api.group(1), api.group(2)};
        }
        Matcher page = PULL_PAGE.matcher(url == null ? "" : url);
        return page.find() ? new String[]{page.group(1), page.group(2)} : null;
    }

    boolean documentation(String owner, String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        return config.github().docsOwners().stream().anyMatch(o -> o.strip().equalsIgnoreCase(owner))
                || config.github().docsRepoSuffixes().stream()
                        .anyMatch(s -> !s.isBlank() && lowerName.endsWith(s.strip().toLowerCase(Locale.ROOT)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }

    private static LocalDate day(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.textValue()).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
