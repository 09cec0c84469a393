package dev.mvpress.tag.rest;

/** Example payloads of the tag operations for the OpenAPI document. */
final class TagExamples {

    private TagExamples() {
    }

    static final String TAG = """
            {"slug": "dotnet", "name": ".NET", "description": "Posts about .NET and C#", "technologyArea": "dotnet",
             "postCount": 12,
             "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-03-01T08:30:00Z", "version": 2}""";

    static final String INPUT = """
            {"slug": "dotnet", "name": ".NET", "description": "Posts about .NET and C#", "technologyArea": "dotnet"}""";

    static final String PAGE = "{\"items\": [" + TAG + "], "
            + "\"page\": {\"number\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}}";

    static final String RENAME = "{\"name\": \".NET\"}";

    /** Map a tag to a technology area (or unmap it with null). */
    static final String MAP_AREA = "{\"technologyArea\": \"dotnet\"}";
}
