package dev.mvpress.site.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;

import dev.mvpress.MvpressConfig;
import dev.mvpress.kernel.LanguageTag;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.site.SiteSettingsRow;
import dev.mvpress.site.api.NavigationLink;
import dev.mvpress.site.api.SiteAuthor;
import dev.mvpress.site.api.SiteInput;
import dev.mvpress.site.api.SiteView;
import dev.mvpress.site.api.SocialAccount;
import dev.mvpress.site.api.TimeZoneName;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;

/**
 * The site's settings: title, description, language, time zone, author, navigation and social accounts.
 *
 * <p>
 * For other features, {@link #current()} is the whole API: it answers the settings as they stand, in one
 * primary-key read per request (kept in {@link SiteOfRequest}, so a list may ask per item), nothing cached
 * between requests (every instance sees a write at once). {@code language()} is a BCP 47 tag in
 * canonical case ({@code Locale.forLanguageTag} takes it), {@code timeZone()} an IANA id ({@code ZoneId.of}
 * takes it), {@code author().name()} is never blank.
 *
 * <p>
 * While nothing is stored, the configuration stands in: {@code mvpress.site.title}, {@code description},
 * {@code author} (as the author's name), {@code language} and {@code time-zone}. The first PUT /api/site stores
 * the row; from then on the configuration's values are no longer read, until DELETE /api/site forgets it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteSettings {

    /**
     * Native SQL: the stored settings as one JSON text, no row while none is stored; a statement that reads them
     * beside something else (the post page does) hands the value to {@link #remember(String)}.
     */
    public static final String ROW_JSON_SQL = "select cast(json_build_object('title', ss.title, 'description',"
            + " ss.description, 'language', ss.language, 'timeZone', ss.time_zone, 'author', ss.author, 'navigation',"
            + " ss.navigation, 'social', ss.social, 'updatedAt', cast(extract(epoch from ss.updated_at) * 1000000"
            + " as bigint), 'version', ss.version) as text) from site_settings ss where ss.id = " + SiteSettingsRow.ID;

    /** Serializes writes of the settings, including the first one, which inserts the row. */
    static final String WRITE_LOCK = "select pg_advisory_xact_lock(hashtext('site-settings'))";

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    private final EntityManager em;
    private final InputValidator validator;
    private final ObjectMapper json;
    /** Reads the stored JSON leniently: a key a later version no longer has must not break the site. */
    private final ObjectMapper stored;
    private final TimeSource time;
    private final String baseUrl;
    private final SiteView defaults;
    private final SiteOfRequest request;

    SiteSettings(EntityManager em, InputValidator validator, ObjectMapper json, TimeSource time, MvpressConfig config,
            SiteOfRequest request) {
        this.em = em;
        this.request = request;
        this.validator = validator;
        this.json = json;
        this.stored = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.time = time;
        MvpressConfig.Site site = config.site();
        this.baseUrl = site.baseUrl();
        this.defaults = new SiteView(site.title(), site.description(), defaultLanguage(site), defaultTimeZone(site),
                new SiteAuthor(site.author(), null, null, null, List.of()), List.of(), List.of(), baseUrl, null, 0);
    }

    /** The settings as they stand: the stored row, or the configured defaults while none is stored. */
    public SiteView current() {
        if (!Arc.container().requestContext().isActive()) {
            return read();
        }
        SiteView seen = request.view();
        if (seen == null) {
            seen = read();
            request.remember(seen);
        }
        return seen;
    }

    /**
     * The settings as {@link #ROW_JSON_SQL} read them (null: none stored) become this request's, so that
     * {@link #current()} reads nothing more; a request that already read them keeps what it read.
     */
    public void remember(String rowJson) {
        if (Arc.container().requestContext().isActive() && request.view() == null) {
            request.remember(rowJson == null ? defaults : view(rowJson));
        }
    }

    private SiteView view(String rowJson) {
        try {
            JsonNode row = stored.readTree(rowJson);
            long micros = row.get("updatedAt").asLong();
            return view(row.get("title").asText(), text(row.get("description")), row.get("language").asText(),
                    row.get("timeZone").asText(), row.get("author"), row.get("navigation"), row.get("social"),
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
                    row.get("version").asLong());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned site settings that are not JSON", e);
        }
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    private SiteView read() {
        SiteSettingsRow row = em.find(SiteSettingsRow.class, SiteSettingsRow.ID);
        return row == null ? defaults : view(row);
    }

    /** A write of this request: its next {@link #current} reads the settings again. */
    private void forgetRead() {
        if (Arc.container().requestContext().isActive()) {
            request.remember(null);
        }
    }

    /** The configured defaults, whatever is stored: what GET /api/site answers after DELETE. */
    public SiteView defaults() {
        return defaults;
    }

    /**
     * Replaces the settings, storing the row on the first write. {@code precondition} (If-Match, may be null)
     * is checked against the settings as they stand, after every other writer has finished.
     */
    @Transactional
    public SiteView replace(SiteInput input, Consumer<SiteView> precondition) {
        validator.validate(input);
        SiteSettingsRow row = lockedRow();
        if (precondition != null) {
            precondition.accept(row == null ? defaults : view(row));
        }
        return store(row, input);
    }

    /** Applies a JSON Merge Patch to the settings as they stand (the configured defaults, before any write). */
    @Transactional
    public SiteView patch(JsonNode patch, Consumer<SiteView> precondition) {
        SiteSettingsRow row = lockedRow();
        SiteView current = row == null ? defaults : view(row);
        if (precondition != null) {
            precondition.accept(current);
        }
        JsonNode merged = MergePatch.apply(json.valueToTree(input(current)), patch);
        SiteInput input = JsonBodies.convert(json, merged, SiteInput.class);
        validator.validate(input);
        return store(row, input);
    }

    /** Forgets the stored settings: the configured defaults apply again. False when nothing was stored. */
    @Transactional
    public boolean reset(Consumer<SiteView> precondition) {
        SiteSettingsRow row = lockedRow();
        if (precondition != null) {
            precondition.accept(row == null ? defaults : view(row));
        }
        if (row == null) {
            return false;
        }
        em.remove(row);
        em.flush();
        forgetRead();
        return true;
    }

    /** The settings as a PUT would send them. */
    public static SiteInput input(SiteView view) {
        return new SiteInput(view.title(), view.description(), view.language(), view.timeZone(), view.author(),
                view.navigation(), view.social());
    }

    private SiteSettingsRow lockedRow() {
        em.createNativeQuery(WRITE_LOCK).getSingleResult();
        return em.find(SiteSettingsRow.class, SiteSettingsRow.ID);
    }

    private SiteView store(SiteSettingsRow existing, SiteInput input) {
        SiteSettingsRow row = existing;
        if (row == null) {
            row = new SiteSettingsRow();
            row.id = SiteSettingsRow.ID;
            row.createdAt = time.now();
            row.updatedAt = row.createdAt;
        }
        row.title = input.title().strip();
        row.description = blankToNull(input.description());
        row.language = input.language() == null ? defaults.language()
                : LanguageTag.Validator.canonical(input.language()).orElseThrow();
        row.timeZone = input.timeZone() == null ? defaults.timeZone() : input.timeZone();
        SiteAuthor author = input.author();
        row.author = stored.convertValue(new SiteAuthor(author.name().strip(), blankToNull(author.bio()), author.avatar(),
                blankToNull(author.url()), author.links() == null ? List.of() : author.links()), OBJECT);
        row.navigation = stored.convertValue(input.navigation() == null ? List.of() : input.navigation(), LIST);
        row.social = stored.convertValue(input.social() == null ? List.of() : input.social(), LIST);
        if (existing == null) {
            em.persist(row);
        }
        em.flush();
        forgetRead();
        return view(row);
    }

    private SiteView view(SiteSettingsRow row) {
        return view(row.title, row.description, row.language, row.timeZone, row.author, row.navigation, row.social,
                row.updatedAt, row.version);
    }

    /** The settings as stored (author, navigation and social as JSON maps or trees), as the API shows them. */
    private SiteView view(String title, String description, String language, String timeZone, Object author,
            Iterable<?> navigation, Iterable<?> social, Instant updatedAt, long version) {
        List<NavigationLink> links = new ArrayList<>();
        navigation.forEach(link -> links.add(stored.convertValue(link, NavigationLink.class)));
        List<SocialAccount> accounts = new ArrayList<>();
        social.forEach(account -> accounts.add(stored.convertValue(account, SocialAccount.class)));
        return new SiteView(title, description, language, timeZone,
                stored.convertValue(author, SiteAuthor.class).normalized(), List.copyOf(links), List.copyOf(accounts),
                baseUrl, updatedAt, version + 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String defaultLanguage(MvpressConfig.Site site) {
        return LanguageTag.Validator.canonical(site.language()).orElseGet(() -> {
            Log.warnf("mvpress.site.language '%s' is not a BCP 47 language tag; the site's language is 'en' until"
                    + " PUT /api/site sets one", site.language());
            return "en";
        });
    }

    private static String defaultTimeZone(MvpressConfig.Site site) {
        if (TimeZoneName.Validator.valid(site.timeZone())) {
            return site.timeZone();
        }
        Log.warnf("mvpress.site.time-zone '%s' is not an IANA time zone; the site's is UTC until PUT /api/site sets one",
                site.timeZone());
        return "UTC";
    }
}
