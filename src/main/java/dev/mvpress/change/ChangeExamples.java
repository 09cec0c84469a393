package dev.mvpress.change;

/** Example payloads of the changes feed for the OpenAPI document. */
final class ChangeExamples {

    private ChangeExamples() {
    }

    static final String FEED = """
            {"items": [{"entity": "post", "id": "0b9a6a53-5d4c-4f7e-a8a4-1f0c9a0e2b11", "slug": "shipping-a-podcast-feed",
                        "op": "updated", "at": "2026-05-01T09:00:00.123Z"},
                       {"entity": "tag", "id": "5b0e4c1a-8f7d-4d0c-9a55-2c3e4f5a6b7c", "slug": "old-tag", "op": "deleted",
                        "at": "2026-05-01T09:01:00.456Z"}],
             "nextCursor": "NzQ0OjEyOjE3NzcwMjQ4NjA0NTY", "hasMore": false}""";
}
