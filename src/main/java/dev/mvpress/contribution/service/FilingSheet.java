package dev.mvpress.contribution.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.contribution.Contribution;
import dev.mvpress.contribution.ContributionType;
import dev.mvpress.contribution.api.Metric;
import dev.mvpress.contribution.api.PortalIssue;
import dev.mvpress.contribution.api.TargetAudience;
import dev.mvpress.contribution.service.FilingCard.Field;
import dev.mvpress.post.Visibility;

/**
 * The filing sheet: for a nominee who types each activity into the MVP portal's nomination wizard by hand,
 * every entry of a period, oldest first, as the cards {@link FilingSheetHtml} and {@link FilingSheetMarkdown}
 * lay out. {@link #fields} is the one place that decides which fields a card has, in which order, under
 * which labels and with which values.
 *
 * <p>
 * The form's fields, order and labels, as public tools that drive the portal's form show them (read 2026):
 * <ul>
 * <li>egarim/mvp-activity-automation {@code playwrite.txt}: a Playwright recording of a person filling the
 * "Add Activity" form for a blog, in screen order: Activity Type, Primary Technology Area, Additional
 * Technology Areas, Title, Description, Private Description, Target Audience, Published Date, Role, Number of
 * views, Activity URL. {@code fill-mvp-activities.js}, {@code fill-mvp-standups.js} and
 * {@code fill-mvp-apply.js} (the nomination wizard's "Create Activity/Event" dialog) fill the same labels in the
 * same order, with the type's counts between Role and Activity URL ("Livestream views", "Number of sessions",
 * "On-demand views", "In-person attendees"). The date field is a Fluent UI DatePicker (a read-only combobox
 * opening a calendar; the recording's class names are Fluent UI's), whose default display is JavaScript's
 * {@code Date.toDateString()} (microsoft/fluentui {@code packages/react/src/components/DatePicker/DatePicker.base.tsx},
 * {@code DEFAULT_PROPS.formatDate}): "Sat May 10 2025", the form {@link #SHOWN_DATE} writes. Whether the portal
 * overrides that display is not visible in any source.</li>
 * <li>royklo/mvp-activity-monitoring {@code references/activity-types.md} and
 * {@code templates/activity_template.md}: the common fields in the same order, with Quantity between Role and
 * Activity URL, and each type's extra fields under their labels (Number of Views, Number of sessions, Livestream
 * views, On-demand views, In-Person Attendees, Microsoft Event); the per-type lists are the catalog's
 * {@code metrics}, kept in that order, with the labels of {@link Metric}.</li>
 * <li>carlosazaustre/advocu-mcp-server {@code docs/MVP_API_REFERENCE.md}: the API's field names behind these
 * labels (its activity types are the API's names, not the form's; the sheet shows the form's).</li>
 * </ul>
 * Where the sources leave it open: Quantity is placed after Role (royklo; egarim never fills it), and the
 * type's fields (Microsoft Event, then the counts) after Quantity and before Activity URL (egarim). No source
 * shows the label of the text box for an event the list lacks ({@link #OTHER_EVENT}). The form has no end date
 * and no reach, so the sheet shows neither. Only a Microsoft-event talk has the Microsoft Event field, and a
 * card has exactly its type's counts, empty ones included (the form shows them).
 */
@ApplicationScoped
public class FilingSheet {

    /**
     * The label of the text field for an event that is not in the list. No source shows it (the API calls it
     * microsoftEventOther); this label says what goes there.
     */
    static final String OTHER_EVENT = "Microsoft Event (Other)";

    /** JavaScript's Date.toDateString(), the Fluent UI DatePicker's default display. */
    public static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("EEE MMM dd yyyy", Locale.US);

    private final ContributionExports exports;

    FilingSheet(ContributionExports exports) {
        this.exports = exports;
    }

    /**
     * The sheet of the entries of the period the caller may see, oldest first, one card each, as markdown or as
     * the HTML page, written to {@code out} as the cursor reads the entries. The head says how many cards follow,
     * so the entries are counted first (one count statement over the same snapshot as the cards: the number
     * always matches); then each card is made, written and dropped. Cards are numbered in the order they come.
     */
    public void write(LocalDate from, LocalDate to, Visibility visibility, boolean markdown, OutputStream out)
            throws IOException {
        boolean hidden = !visibility.all();
        exports.read(from, to, visibility, snapshot -> {
            CatalogService.Catalogs catalog = snapshot.catalogs();
            int count = Math.toIntExact(snapshot.count());
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.write(markdown ? FilingSheetMarkdown.head(count, from, to, hidden)
                    : FilingSheetHtml.head(count, from, to, hidden));
            text.flush();
            int[] number = {0};
            snapshot.each(entry -> {
                FilingCard card = card(++number[0], entry, catalog, visibility);
                text.write(markdown ? FilingSheetMarkdown.card(card) : FilingSheetHtml.card(card));
            });
            text.write(markdown ? FilingSheetMarkdown.tail() : FilingSheetHtml.tail());
            text.flush();
        });
    }

    /** The card of one entry, {@code number} from 1 for the oldest. */
    static FilingCard card(int number, ContributionExports.Entry entry, CatalogService.Catalogs catalog,
            Visibility visibility) {
        Contribution c = entry.entry();
        ContributionType type = catalog.types().get(c.type);
        String url = entry.url();
        List<String> issues = visibility.all()
                ? PortalReadiness.issues(c, url, catalog).stream().map(PortalIssue::message).toList()
                : List.of();
        return new FilingCard(number, c.title, typeName(type, c.type), c.date, SHOWN_DATE.format(c.date),
                c.privateEntry, fields(c, type, catalog, url, visibility), issues);
    }

    /**
     * The portal form's fields for one entry, in the form's order and with its labels (see the class comment
     * for the sources). A field added to the form is one line here; the renderers follow.
     */
    static List<Field> fields(Contribution c, ContributionType type, CatalogService.Catalogs catalog, String url,
            Visibility visibility) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("Activity Type", typeName(type, c.type)));
        fields.add(Field.of("Primary Technology Area", catalog.areaName(c.technologyArea)));
        fields.add(new Field("Additional Technology Areas",
                c.additionalTechnologyAreas.stream().map(catalog::areaName).toList()));
        fields.add(Field.of("Title", c.title));
        fields.add(Field.of("Description", c.description));
        fields.add(Field.of("Private Description", visibility.all() ? c.privateDescription : null));
        fields.add(new Field("Target Audience",
                c.targetAudiences.stream().map(a -> TargetAudience.fromJson(a).portalName).toList()));
        fields.add(Field.of("Published Date", SHOWN_DATE.format(c.date)));
        fields.add(Field.of("Role", catalog.roleName(c.type, c.role)));
        fields.add(Field.of("Quantity", Integer.toString(c.quantity)));
        if (type != null && !type.microsoftEvents.isEmpty()) {
            fields.add(Field.of("Microsoft Event", c.microsoftEvent));
            if ("Other".equals(c.microsoftEvent)) {
                fields.add(Field.of(OTHER_EVENT, c.microsoftEventOther));
            }
        }
        for (String metric : type == null ? List.<String>of() : type.metrics) {
            Long count = c.metrics.get(metric);
            fields.add(Field.of(Metric.label(metric), count == null ? null : count.toString()));
        }
        fields.add(Field.of("Activity URL", url));
        return fields;
    }

    private static String typeName(ContributionType type, String key) {
        return type == null ? key : type.portalName;
    }
}
