package dev.mvpress.auth;

/** Example payloads of the token operations and schemas for the OpenAPI document. */
final class TokenExamples {

    private TokenExamples() {
    }

    static final String TOKEN = """
            {"id": "7d3c2a1b-0f9e-4d8c-b7a6-5e4f3d2c1b0a", "name": "sync-script", "prefix": "mvp_Q2xhd",
             "scopes": ["posts:write"], "createdAt": "2026-05-01T09:00:00Z", "lastUsedAt": null, "revokedAt": null}""";

    static final String CREATED = """
            {"id": "7d3c2a1b-0f9e-4d8c-b7a6-5e4f3d2c1b0a", "name": "sync-script", "prefix": "mvp_Q2xhd",
             "scopes": ["posts:write"], "createdAt": "2026-05-01T09:00:00Z", "lastUsedAt": null, "revokedAt": null,
             "secret": "mvp_Q2xhdWRlIHdhcyBoZXJlIGFuZCB0aGlzIGlzIG5vdCBhIHJlYWw"}""";

    static final String INPUT = "{\"name\": \"sync-script\", \"scopes\": [\"posts:write\"]}";

    static final String LIST = "{\"items\": [" + TOKEN + "]}";

    /** The scopes of TokenInput. */
    static final String SCOPES = "[\"posts:write\"]";
}
