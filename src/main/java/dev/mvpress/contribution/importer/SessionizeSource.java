package dev.mvpress.contribution.importer;

import java.io.IOException;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.contribution.api.SessionizeImportRequest.Event;

/**
 * A speaker's sessions at Sessionize events, from each event's public API
 * ({@code {base}/api/v2/{id}/view/All}: {@code sessions}, {@code speakers}, {@code categories}). The
 * speaker is found by id, or by full name regardless of case; service sessions (breaks, registration)
 * are not talks, and sessions whose status is other than Accepted are left out. A session's entry
 * links to the event's page with {@code #session-{id}}, the same on every run.
 */
@ApplicationScoped
public class SessionizeSource {

    public static final String SPEAKER = "speaker-third-party-event";

    private final SourceClient client;
    private final SourceEndpoints endpoints;
    private final ObjectMapper json;

    SessionizeSource(SourceClient client, SourceEndpoints endpoints, ObjectMapper json) {
        this.client = client;
        this.endpoints = endpoints;
        this.json = json;
    }

    public SourceItems read(List<Event> events, String speakerId, String speakerName, SourceClient.Deadline deadline) {
        String base = endpoints.sessionize();
        List<ImportItem> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Event event : events) {
            String api = base + "/api/v2/" + event.id() + "/view/All";
            String label = "Sessionize event '" + event.id() + "' (" + api + ")";
            JsonNode all = read(client.get(URI.create(api), Map.of("Accept", "application/json"), label, deadline).body(),
                    label);
            List<String> speakers = speakers(all.get("speakers"), speakerId, speakerName);
            String who = speakerId != null ? "with the id " + speakerId : "named '" + speakerName + "'";
            if (speakers.isEmpty()) {
                notes.add("Sessionize event '" + event.id() + "' has no speaker " + who);
                continue;
            }
            if (speakers.size() > 1) {
                notes.add("Sessionize event '" + event.id() + "' has " + speakers.size() + " speakers " + who
                        + "; the sessions of each were read");
            }
            Map<String, String> categories = categoryNames(all.path("categories"));
            int notAccepted = 0;
            for (JsonNode session : all.get("sessions")) {
                if (session.path("isServiceSession").asBoolean(false) || !speaks(session, speakers)) {
                    continue;
                }
                String status = session.path("status").isTextual() ? session.path("status").textValue() : null;
                if (status != null && !status.equalsIgnoreCase("Accepted")) {
                    notAccepted++;
                    continue;
                }
                items.add(item(session, event, api, categories));
            }
            if (notAccepted > 0) {
                notes.add("Sessionize event '" + event.id() + "': sessions not accepted, left out: " + notAccepted);
            }
        }
        String names = String.join(", ", events.stream().map(Event::id).toList());
        return new SourceItems("Sessionize events " + names + ", speaker " + (speakerId != null ? speakerId : speakerName),
                items, notes);
    }

    private JsonNode read(byte[] body, String label) {
        try {
            JsonNode all = json.readTree(body);
            if (all != null && all.path("sessions").isArray() && all.path("speakers").isArray()) {
                return all;
            }
        } catch (IOException e) {
            // Reported below, as any other answer that is not the API's view.
        }
        throw SourceClient.failed(label + " sent something that is not Sessionize's view/All JSON (sessions and speakers)");
    }

    /** The ids of the speakers meant: the one with the id, or those with the name. */
    private static List<String> speakers(JsonNode speakers, String id, String name) {
        List<String> ids = new ArrayList<>();
        for (JsonNode speaker : speakers) {
            String speakerId = speaker.path("id").asText("");
            boolean named = name != null && (same(speaker.path("fullName").asText(""), name)
                    || same(speaker.path("firstName").asText("") + " " + speaker.path("lastName").asText(""), name));
            if (id != null ? id.strip().equalsIgnoreCase(speakerId) : named) {
                ids.add(speakerId);
            }
        }
        return ids;
    }

    private static boolean same(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    private static String normalized(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** view/All lists speaker ids; view/Sessions lists {id, name} objects. */
    private static boolean speaks(JsonNode session, List<String> speakers) {
        for (JsonNode speaker : session.path("speakers")) {
            String id = speaker.isObject() ? speaker.path("id").asText("") : speaker.asText("");
            if (speakers.stream().anyMatch(s -> s.equalsIgnoreCase(id))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> categoryNames(JsonNode categories) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode category : categories) {
            for (JsonNode item : category.path("items")) {
                names.put(item.path("id").asText(), item.path("name").asText(""));
            }
        }
        return names;
    }

    private static ImportItem item(JsonNode session, Event event, String api, Map<String, String> categories) {
        String title = session.path("title").isTextual() ? session.path("title").textValue().strip() : null;
        if (title != null && event.name() != null && !event.name().isBlank()) {
            title = event.name().strip() + ": " + title;
        }
        String page = event.url() != null && !event.url().isBlank() ? event.url().strip() : api;
        int fragment = page.indexOf('#');
        String url = (fragment >= 0 ? page.substring(0, fragment) : page) + "#session-" + session.path("id").asText();
        List<String> labels = new ArrayList<>();
        for (JsonNode id : session.path("categoryItems")) {
            String name = categories.get(id.asText());
            if (name != null && !name.isBlank()) {
                labels.add(name);
            }
        }
        String description = session.path("description").isTextual() ? session.path("description").textValue() : null;
        return new ImportItem(title, description, day(session.path("startsAt")), day(session.path("endsAt")), url, labels,
                SPEAKER);
    }

    /** Sessionize gives the event's local time without an offset ("2026-03-14T09:00:00"); the day is what counts. */
    private static LocalDate day(JsonNode value) {
        if (!value.isTextual() || value.textValue().isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.textValue()).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value.textValue()).toLocalDate();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
