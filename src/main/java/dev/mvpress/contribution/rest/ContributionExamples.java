package dev.mvpress.contribution.rest;

/**
 * Example payloads for the OpenAPI document: the contribution, contribution-type, technology-area, transfer,
 * import and filing-ledger operations. The filing sheet's and the catalog document's examples are in
 * {@link PortalExamples}, which keeps both files short.
 */
final class ContributionExamples {

    private ContributionExamples() {
    }

    static final String CONTRIBUTION =
            """
                    {"id": "5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e", "type": "speaker-third-party-event",
                     "title": "Minimal APIs in .NET 9", "description": "A 45-minute talk with live demos",
                     "privateDescription": "Rated best session of the day", "date": "2026-03-14", "endDate": null,
                     "url": "https://sessionize.com/s/me/minimal-apis", "technologyArea": "dotnet",
                     "additionalTechnologyAreas": ["web-development"], "targetAudiences": ["developer"], "role": "author",
                     "quantity": 1, "reach": 120, "metrics": {"inPersonAttendees": 120, "numberOfSessions": 1}, "private": false,
                     "postSlug": null, "followsPost": false, "portalId": "298431", "filedAt": "2026-03-20T19:02:11Z",
                     "changedSinceFiling": false, "portalIssues": [], "createdAt": "2026-03-15T08:00:00Z", "updatedAt": "2026-03-15T08:00:00Z", "version": 0}""";

    static final String INPUT = """
            {"type": "speaker-third-party-event", "title": "Minimal APIs in .NET 9",
             "description": "A 45-minute talk with live demos", "date": "2026-03-14",
             "url": "https://sessionize.com/s/me/minimal-apis", "technologyArea": "dotnet",
             "additionalTechnologyAreas": ["web-development"], "targetAudiences": ["developer"], "role": "author",
             "reach": 120, "metrics": {"inPersonAttendees": 120, "numberOfSessions": 1}}""";

    /** A merge patch of the counts. */
    static final String PATCH_REACH = "{\"reach\": 250, \"metrics\": {\"onDemandViews\": 130}}";

    static final String PATCH_PRIVATE = "{\"private\": true}";

    static final String REPEATED =
            """
                    {"type": "urn:mvpress:problem:conflict", "title": "Conflict", "status": 409,
                     "detail": "url: repeats the entry /api/contributions/5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e (same type, date and url); send ?separate=true to log it as a separate activity",
                     "instance": "/api/contributions",
                     "errors": [{"field": "url", "message": "repeats the entry /api/contributions/5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e (same type, date and url); send ?separate=true to log it as a separate activity"}]}""";

    /** Entries marked filed: one with the id the portal answered, one typed into the nominee wizard (no id). */
    static final String FILINGS = """
            [{"id": "5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e", "portalId": "298431", "filedAt": "2026-03-20T19:02:11Z"},
             {"id": "0b6c3c52-9e0f-4f43-8f7e-2d4c61a0b7e9"}]""";

    /** An entry marked filed by mistake, marked not filed again. */
    static final String UNFILE = "[{\"id\": \"5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e\", \"filed\": false}]";

    /** What marking answers: the entry, now filed (marking is a write: version and updatedAt move). */
    static final String FILED =
            """
                    [{"id": "5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e", "type": "speaker-third-party-event",
                     "title": "Minimal APIs in .NET 9", "description": "A 45-minute talk with live demos",
                     "privateDescription": "Rated best session of the day", "date": "2026-03-14", "endDate": null,
                     "url": "https://sessionize.com/s/me/minimal-apis", "technologyArea": "dotnet",
                     "additionalTechnologyAreas": ["web-development"], "targetAudiences": ["developer"], "role": "author",
                     "quantity": 1, "reach": 120, "metrics": {"inPersonAttendees": 120, "numberOfSessions": 1}, "private": false,
                     "postSlug": null, "followsPost": false, "portalId": "298431", "filedAt": "2026-03-20T19:02:11Z",
                     "changedSinceFiling": false, "portalIssues": [], "createdAt": "2026-03-15T08:00:00Z", "updatedAt": "2026-03-20T19:02:11Z", "version": 1}]""";

    static final String PAGE = "{\"items\": [" + CONTRIBUTION + "], "
            + "\"page\": {\"number\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}}";

    /** With a token: needsAttention is the author's; without one it is absent and private entries are not summed. */
    static final String SUMMARY =
            """
                    {"from": "2025-11-28", "to": "2026-11-27",
                     "window": {"from": "2025-11-28", "to": "2026-11-27", "default": true},
                     "totals": {"count": 3, "quantity": 3, "reach": 5120,
                                "counts": {"numberOfViews": 5400, "numberOfSessions": 1, "inPersonAttendees": 120}},
                     "byType": [{"key": "blog", "name": "Blog", "count": 2, "quantity": 2, "reach": 5000,
                                 "counts": {"numberOfViews": 5400}},
                                {"key": "speaker-third-party-event", "name": "Speaker/Presenter at Third-party Event",
                                 "count": 1, "quantity": 1, "reach": 120,
                                 "counts": {"numberOfSessions": 1, "inPersonAttendees": 120}}],
                     "byTechnologyArea": [{"key": "dotnet", "name": ".NET", "count": 3, "quantity": 3, "reach": 5120,
                                           "counts": {"numberOfViews": 5400, "numberOfSessions": 1, "inPersonAttendees": 120}}],
                     "byMonth": [{"month": "2025-11", "count": 0, "quantity": 0, "reach": 0, "counts": {}},
                                 {"month": "2026-03", "count": 1, "quantity": 1, "reach": 120,
                                  "counts": {"numberOfSessions": 1, "inPersonAttendees": 120}}],
                     "needsAttentionTotal": 1,
                     "needsAttention": [{"id": "0b6f3c1e-8d2a-4f5b-9c7e-2a1d4e6f8b90", "title": "Hot reload in .NET 10",
                                         "date": "2025-12-02", "type": "blog",
                                         "issues": [{"field": "url", "message": "the portal takes https:// addresses only"},
                                                    {"field": "metrics", "message": "the form asks for Number of Views"}]}]}""";

    static final String CSV = "\uFEFFid,type,typeName,title,description,privateDescription,date,endDate,url,technologyArea,"
            + "technologyAreaName,additionalTechnologyAreas,additionalTechnologyAreaNames,targetAudiences,targetAudienceNames,"
            + "role,roleName,quantity,reach,numberOfViews,numberOfSessions,liveStreamViews,onDemandViews,inPersonAttendees,"
            + "subscriberBase,microsoftEvent,microsoftEventOther,private,postSlug,portalId,filedAt\r\n"
            + "5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e,speaker-third-party-event,Speaker/Presenter at Third-party Event,"
            + "Minimal APIs in .NET 9,\"A talk, with demos\",,2026-03-14,,https://sessionize.com/s/me/minimal-apis,dotnet,.NET,"
            + "web-development,Web Development,developer,Developer,author,Author,1,120,,1,,,120,,,,false,,298431,"
            + "2026-03-20T19:02:11Z\r\n";

    static final String PORTAL_ACTIVITY = """
            {"activity": {"id": 0, "activityTypeName": "Third-party event", "typeName": "Third-party event",
             "technologyFocusArea": ".NET", "additionalTechnologyAreas": ["Web Development"],
             "targetAudience": ["Developer"], "title": "Minimal APIs in .NET 9",
             "description": "A 45-minute talk with live demos", "date": "2026-03-14T00:00:00.000Z",
             "url": "https://sessionize.com/s/me/minimal-apis", "role": "Author", "quantity": 1, "reach": 120,
             "inPersonAttendees": 120, "numberOfSessions": 1, "isPrivate": false}}""";

    static final String PORTAL = """
            [{"activity": {"id": 0, "activityTypeName": "Third-party event", "typeName": "Third-party event",
              "technologyFocusArea": ".NET", "additionalTechnologyAreas": ["Web Development"],
              "targetAudience": ["Developer"], "title": "Minimal APIs in .NET 9",
              "description": "A 45-minute talk with live demos", "date": "2026-03-14T00:00:00.000Z",
              "url": "https://sessionize.com/s/me/minimal-apis", "role": "Author", "quantity": 1, "reach": 120,
              "inPersonAttendees": 120, "numberOfSessions": 1, "isPrivate": false}}]""";

    static final String IMPORT_JSON = "[" + INPUT + "]";

    static final String REPORT =
            """
                    {"dryRun": true, "rows": 3, "created": 1,
                     "skipped": [{"row": 2, "existingId": "5f0f7a8e-2b1c-4a8e-9d61-1f2a3b4c5d6e",
                                  "reason": "same type, date and url as an existing entry"}],
                     "problems": [{"row": 3, "field": "role", "message": "'host' is not one of author, contributor for type speaker-third-party-event"}]}""";

    static final String TYPE = """
            {"key": "video", "portalName": "Webinar/Online Training/Video/Livestream", "apiName": "Video",
             "quantityLabel": "Videos or sessions", "reachLabel": "Views", "roles": ["Host", "Presenter", "Speaker"],
             "metrics": ["numberOfSessions", "liveStreamViews", "onDemandViews"], "microsoftEvents": [], "inPortal": true,
             "position": 3, "version": 0}""";

    static final String TYPE_INPUT = """
            {"portalName": "Blog", "apiName": "Blog", "quantityLabel": "Posts", "reachLabel": "Annual unique visitors",
             "roles": ["Author", "Co-Author", "Contributor"], "metrics": ["numberOfViews"], "position": 1}""";

    /** The portal renamed a type. */
    static final String TYPE_RENAME = "{\"portalName\": \"Blog post\"}";

    static final String TYPE_PAGE = "{\"items\": [" + TYPE + "], "
            + "\"page\": {\"number\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}}";

    static final String AREA = """
            {"key": "dotnet", "name": ".NET", "awardCategory": "Developer Technologies", "inPortal": true, "version": 0}""";

    static final String AREA_INPUT = """
            {"name": ".NET", "awardCategory": "Developer Technologies"}""";

    /** The portal renamed an area. */
    static final String AREA_RENAME = "{\"name\": \".NET and C#\"}";

    static final String AREA_PAGE = "{\"items\": [" + AREA + "], "
            + "\"page\": {\"number\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}}";

    static final String FEED_IMPORT = """
            {"url": "https://www.youtube.com/feeds/videos.xml?channel_id=UCvtT19MZW8dq5Wwfu6B0oxw", "type": "video",
             "from": "2025-09-01", "to": "2026-08-31", "technologyArea": "dotnet", "targetAudiences": ["developer"]}""";

    static final String GITHUB_IMPORT = """
            {"user": "octocat", "from": "2025-09-01", "to": "2026-08-31", "token": "github_pat_11AAAA...",
             "technologyArea": "dotnet"}""";

    static final String SESSIONIZE_IMPORT = """
            {"events": [{"id": "jl4ktls0", "name": "Techorama 2026", "url": "https://techorama.be/"}],
             "speakerName": "Ana Müller", "technologyArea": "dotnet"}""";

    static final String SOURCE_REPORT = """
            {"source": "https://www.youtube.com/feeds/videos.xml?channel_id=UCvtT19MZW8dq5Wwfu6B0oxw", "dryRun": false,
             "items": 3, "created": [""" + CONTRIBUTION + """
            ],
             "skipped": [{"item": 2, "title": "Minimal APIs, part 2", "url": "https://www.youtube.com/watch?v=abc123",
                          "reason": "already logged", "existingId": "0b6f3c1e-7d2a-4f5e-8c9b-1a2b3c4d5e6f"}],
             "problems": [{"item": 3, "title": "Live: a very long title", "url": "https://www.youtube.com/watch?v=def456",
                           "field": "title", "message": "had 134 characters; cut to 100 with an ellipsis (the portal's limit)",
                           "leftOut": false}],
             "notes": ["4 items dated outside 2025-09-01..2026-08-31 were left out"]}""";

    static final String PROBLEM_502 =
            """
                    {"type": "urn:mvpress:problem:source-failed", "title": "Import source failed", "status": 502,
                     "detail": "The feed at https://example.com/feed.xml did not answer in time: an import may take 30 s (mvpress.import.timeout)",
                     "instance": "/api/contributions/import/feed"}""";
}
