package dev.mvpress.webhook.rest;

/** Every OpenAPI example of /api/webhooks. */
final class WebhookExamples {

    static final String INPUT = """
            {"url": "https://hooks.example.com/mvpress", "events": ["post.*", "tag.updated"],
             "description": "Tell the Astro site what changed"}""";

    static final String DEPLOY_INPUT = """
            {"kind": "deploy-hook", "url": "https://api.vercel.com/v1/integrations/deploy/prj_4Gd2/Xk8e2Qw",
             "events": ["post.*"], "coalesceSeconds": 120, "description": "Rebuild on Vercel"}""";

    static final String CREATED = """
            {"id": "0d7c1a8e-3f4b-4c55-9a61-2b8f6e9d4c10", "kind": "webhook", "url": "https://hooks.example.com/mvpress",
             "events": ["post.*", "tag.updated"], "description": "Tell the Astro site what changed", "includeDrafts": false,
             "coalesceSeconds": null, "enabled": true, "disabledReason": null, "disabledAt": null, "failingSince": null,
             "secretHint": "whsec_MfKQ", "createdAt": "2026-05-04T09:00:00Z", "updatedAt": "2026-05-04T09:00:00Z",
             "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw1dqVjG5tYg8="}""";

    static final String WEBHOOK = """
            {"id": "0d7c1a8e-3f4b-4c55-9a61-2b8f6e9d4c10", "kind": "webhook", "url": "https://hooks.example.com/mvpress",
             "events": ["post.*", "tag.updated"], "description": "Tell the Astro site what changed", "includeDrafts": false,
             "coalesceSeconds": null, "enabled": true, "disabledReason": null, "disabledAt": null, "failingSince": null,
             "secretHint": "whsec_MfKQ", "createdAt": "2026-05-04T09:00:00Z", "updatedAt": "2026-05-04T09:00:00Z"}""";

    static final String DISABLED =
            """
                    {"id": "0d7c1a8e-3f4b-4c55-9a61-2b8f6e9d4c10", "kind": "webhook", "url": "https://hooks.example.com/mvpress",
                     "events": ["*"], "description": null, "includeDrafts": false, "coalesceSeconds": null, "enabled": false,
                     "disabledReason": "Every attempt has failed since 2026-05-04 09:00:05 UTC, longer than 24 h (mvpress.webhooks.disable-after); the last: The receiver answered HTTP 503",
                     "disabledAt": "2026-05-05T09:12:00Z", "failingSince": "2026-05-04T09:00:05Z", "secretHint": "whsec_MfKQ",
                     "createdAt": "2026-05-04T09:00:00Z", "updatedAt": "2026-05-05T09:12:00Z"}""";

    static final String PAGE = """
            {"items": [""" + WEBHOOK + """
            ], "page": {"number": 1, "size": 20, "totalItems": 1, "totalPages": 1}}""";

    static final String ENABLE = """
            {"enabled": true}""";

    static final String CHANGE_EVENTS = """
            {"events": ["post.published", "post.deleted"], "description": null}""";

    static final String DELIVERY = """
            {"id": "6a1f8a52-2f0e-4a43-8d1e-5c3b7d9e0f21", "endpointId": "0d7c1a8e-3f4b-4c55-9a61-2b8f6e9d4c10",
             "messageId": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", "eventType": "post.published", "eventCount": 1,
             "state": "pending", "attempts": 2, "nextAttemptAt": "2026-05-04T09:35:10Z", "lastStatus": 503,
             "lastError": "The receiver answered HTTP 503", "createdAt": "2026-05-04T09:00:00Z", "deliveredAt": null}""";

    static final String DELIVERIES = """
            {"items": [""" + DELIVERY + """
            ], "page": {"size": 20, "nextCursor": "MjAyNi0wNS0wNFQwOTowMDowMFoKNmExZjhhNTI"}}""";

    static final String DELIVERY_DETAIL = """
            {"id": "6a1f8a52-2f0e-4a43-8d1e-5c3b7d9e0f21", "endpointId": "0d7c1a8e-3f4b-4c55-9a61-2b8f6e9d4c10",
             "messageId": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", "eventType": "post.published", "eventCount": 1,
             "state": "delivered", "attempts": 2, "nextAttemptAt": null, "lastStatus": 204, "lastError": null,
             "createdAt": "2026-05-04T09:00:00Z", "deliveredAt": "2026-05-04T09:00:06Z",
             "attemptLog": [
               {"attempt": 1, "startedAt": "2026-05-04T09:00:00Z", "durationMs": 15001, "statusCode": null,
                "outcome": "failed", "error": "The receiver did not answer within 15 s (mvpress.webhooks.timeout)"},
               {"attempt": 2, "startedAt": "2026-05-04T09:00:06Z", "durationMs": 84, "statusCode": 204,
                "outcome": "delivered", "error": null}],
             "payload": {"type": "post.published", "timestamp": "2026-05-04T09:00:00Z",
               "data": {"slug": "becoming-a-microsoft-mvp", "title": "Becoming a Microsoft MVP"}}}""";

    static final String PING = """
            {"id": "9b2e4c61-7d3a-4f8e-a1b0-3c5d7e9f1a2b", "endpointId": "0d7c1a8e-3f4b-4c55-9a61-2b8f6e9d4c10",
             "messageId": "msg_7QnV0s3bLx1yT9eKcR4mWp2ZaHd", "eventType": "webhook.ping", "eventCount": 1,
             "state": "pending", "attempts": 0, "nextAttemptAt": "2026-05-04T09:00:00Z", "lastStatus": null,
             "lastError": null, "createdAt": "2026-05-04T09:00:00Z", "deliveredAt": null}""";

    static final String PROBLEM_URL =
            """
                    {"type": "urn:mvpress:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "url: '169.254.169.254' is on a loopback, private or link-local address (169.254.169.254); MVPress does not connect to its own network unless mvpress.webhooks.allowed-addresses lists it",
                     "instance": "/api/webhooks",
                     "errors": [{"field": "url", "message": "'169.254.169.254' is on a loopback, private or link-local address (169.254.169.254); MVPress does not connect to its own network unless mvpress.webhooks.allowed-addresses lists it"}]}""";

    static final String PROBLEM_DISABLED =
            """
                    {"type": "urn:mvpress:problem:conflict", "title": "Conflict", "status": 409,
                     "detail": "enabled: the endpoint is disabled, so nothing would be sent; enable it first with PATCH {\\"enabled\\": true}",
                     "instance": "/api/webhooks/0d7c1a8e-3f4b-4c55-9a61-2b8f6e9d4c10/ping",
                     "errors": [{"field": "enabled", "message": "the endpoint is disabled, so nothing would be sent; enable it first with PATCH {\\"enabled\\": true}"}]}""";

    private WebhookExamples() {
    }
}
