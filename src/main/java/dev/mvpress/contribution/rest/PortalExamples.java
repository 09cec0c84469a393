package dev.mvpress.contribution.rest;

/**
 * Example documents for the OpenAPI document of the portal's documents: the nominee's filing sheet and the
 * catalog in the portal's terms (ContributionExamples has the entries, lists and transfers).
 */
final class PortalExamples {

    private PortalExamples() {
    }

    /** The filing sheet's HTML page for one activity (the CONTRIBUTION example); its style and script shortened. */
    static final String FILING_SHEET_HTML =
            """
                    <!DOCTYPE html>
                    <html lang="en">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>MVP filing sheet, 2025-11-28 to 2026-11-27</title>
                    <style>/* the page's one style, allowed by its hash in the Content-Security-Policy */</style>
                    </head>
                    <body>
                    <header>
                    <h1>MVP filing sheet</h1>
                    <p>1 activity from Fri Nov 28 2025 to Fri Nov 27 2026, oldest first. Each card has the fields of the portal's \
                    Create Activity/Event form, in the form's order and with its labels: fill them from top to bottom. Copy puts \
                    one value on the clipboard; printed, a card never splits across pages.</p>
                    </header>
                    <main>
                    <section class="card" id="activity-1" data-date="2026-03-14">
                    <h2><span class="number">1.</span>Minimal APIs in .NET 9</h2>
                    <p class="meta">Speaker/Presenter at Third-party Event · Sat Mar 14 2026</p>
                    <dl>
                    <dt>Activity Type</dt><dd><div class="item"><span class="value">Speaker/Presenter at Third-party Event</span></div></dd>
                    <dt>Primary Technology Area</dt><dd><div class="item"><span class="value">.NET</span></div></dd>
                    <dt>Additional Technology Areas</dt><dd><div class="item"><span class="value">Web Development</span></div></dd>
                    <dt>Title</dt><dd><div class="item"><span class="value">Minimal APIs in .NET 9</span></div></dd>
                    <dt>Description</dt><dd><div class="item"><span class="value">A 45-minute talk with live demos</span></div></dd>
                    <dt>Private Description</dt><dd><div class="item"><span class="value">Rated best session of the day</span></div></dd>
                    <dt>Target Audience</dt><dd><div class="item"><span class="value">Developer</span></div></dd>
                    <dt>Published Date</dt><dd><div class="item"><span class="value">Sat Mar 14 2026</span></div></dd>
                    <dt>Role</dt><dd><div class="item"><span class="value">Author</span></div></dd>
                    <dt>Quantity</dt><dd><div class="item"><span class="value">1</span></div></dd>
                    <dt>In-Person Attendees</dt><dd><div class="item"><span class="value">120</span></div></dd>
                    <dt>Number of sessions</dt><dd><div class="item"><span class="value">1</span></div></dd>
                    <dt>Activity URL</dt><dd><div class="item"><span class="value">https://sessionize.com/s/me/minimal-apis</span></div></dd>
                    </dl>
                    </section>
                    </main>
                    <script>/* adds a Copy button after each value; the page's one script, allowed by its hash */</script>
                    </body>
                    </html>
                    """;

    /** The same sheet as markdown. */
    static final String FILING_SHEET_MARKDOWN = """
            # MVP filing sheet

            1 activity from Fri Nov 28 2025 to Fri Nov 27 2026, oldest first. Each section has the fields of the \
            portal's Create Activity/Event form, in the form's order and with its labels.

            ## 1. Minimal APIs in \\.NET 9

            Speaker\\/Presenter at Third\\-party Event, Sat Mar 14 2026

            **Activity Type**

            `Speaker/Presenter at Third-party Event`

            **Primary Technology Area**

            `.NET`

            **Additional Technology Areas**

            `Web Development`

            **Title**

            `Minimal APIs in .NET 9`

            **Description**

            `A 45-minute talk with live demos`

            **Private Description**

            `Rated best session of the day`

            **Target Audience**

            `Developer`

            **Published Date**

            `Sat Mar 14 2026`

            **Role**

            `Author`

            **Quantity**

            `1`

            **In-Person Attendees**

            `120`

            **Number of sessions**

            `1`

            **Activity URL**

            `https://sessionize.com/s/me/minimal-apis`
            """;

    private static final String CATALOG_TYPES_AND_AREAS =
            """
                    {"activityTypes": [
                       {"key": "blog", "name": "Blog", "apiName": "Blog", "roles": ["Author", "Co-Author", "Contributor"],
                        "counts": ["numberOfViews"], "microsoftEvents": []},
                       {"key": "video", "name": "Webinar/Online Training/Video/Livestream", "apiName": "Video",
                        "roles": ["Host", "Presenter", "Speaker"], "counts": ["numberOfSessions", "liveStreamViews", "onDemandViews"],
                        "microsoftEvents": []}],
                     "awardCategories": [
                       {"name": "Developer Technologies",
                        "technologyAreas": [{"key": "dotnet", "name": ".NET"}, {"key": "cpp", "name": "C++"}]},
                       {"name": "Microsoft Foundry", "technologyAreas": [{"key": "microsoft-foundry", "name": "Microsoft Foundry"}]}]""";

    static final String CATALOG = CATALOG_TYPES_AND_AREAS + """
            ,
             "targetAudiences": ["Developer", "IT Pro", "Technical Decision Maker", "Business Decision Maker", "Student",
                                 "Other"]}""";

    /** What PUT takes: the document without the read-only audiences. */
    static final String CATALOG_INPUT = CATALOG_TYPES_AND_AREAS + "}";

    static final String CATALOG_UPDATE = """
            {"typesAdded": [], "typesChanged": ["video"], "typesRetired": ["other"],
             "areasAdded": ["agentic-devops"], "areasChanged": [], "areasRetired": ["dynamics-365"],
             "entriesWithUnknownNames": 3}""";

    // The importers (feed, GitHub, Sessionize): their requests, their report and their 502.
}
