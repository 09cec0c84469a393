package dev.mvpress.series.rest;

/** Example payloads of the series operations for the OpenAPI document. */
final class SeriesExamples {

    private SeriesExamples() {
    }

    static final String SERIES = """
            {"slug": "okosystem-net-teil", "name": "Ökosystem .NET – Teil",
             "description": "Eine Reise durch die .NET-Landschaft in vier Teilen", "postCount": 4,
             "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-03-01T08:30:00Z", "version": 2}""";

    static final String PAGE = "{\"items\": [" + SERIES + "], "
            + "\"page\": {\"number\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}}";

    static final String PART = """
            {"id": "6f1c2b0e-3a55-4c1e-9b0a-2d7e4f8a9c10", "slug": "okosystem-net-teil-2",
             "title": "Ökosystem .NET – Teil 2: Die Werkzeuge", "description": null,
             "excerpt": "Von dotnet new bis dotnet publish.", "tags": [{"slug": "dotnet", "name": ".NET"}],
             "status": "published", "publishedAt": "2026-02-01T09:00:00Z",
             "createdAt": "2026-01-30T18:12:00Z", "updatedAt": "2026-02-01T09:00:00Z",
             "readingTimeMinutes": 6, "wordCount": 1210, "canonicalUrl": null, "coverImage": null,
             "url": "https://example.com/blog/okosystem-net-teil-2/", "metadata": {}, "version": 3,
             "series": {"slug": "okosystem-net-teil", "name": "Ökosystem .NET – Teil", "position": 2, "total": 4,
              "previous": {"slug": "okosystem-net-teil-1", "title": "Ökosystem .NET – Teil 1: Die Laufzeit",
               "url": "https://example.com/blog/okosystem-net-teil-1/"},
              "next": {"slug": "okosystem-net-teil-3", "title": "Ökosystem .NET – Teil 3: Die Bibliotheken",
               "url": "https://example.com/blog/okosystem-net-teil-3/"}},
             "seriesPosition": 2}""";

    static final String WITH_PARTS = """
            {"slug": "okosystem-net-teil", "name": "Ökosystem .NET – Teil",
             "description": "Eine Reise durch die .NET-Landschaft in vier Teilen", "postCount": 4,
             "parts": [""" + PART + """
            ],
             "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-03-01T08:30:00Z", "version": 2}""";

    static final String INPUT = """
            {"name": "Ökosystem .NET – Teil", "description": "Eine Reise durch die .NET-Landschaft in vier Teilen"}""";

    static final String RENAME = "{\"name\": \"Ökosystem .NET\"}";
}
