package dev.mvpress.webhook.rest;

import java.util.List;
import java.util.UUID;

import dev.mvpress.kernel.SqlValues;
import dev.mvpress.webhook.WebhookEndpoint;
import dev.mvpress.webhook.api.DeliveryView;
import dev.mvpress.webhook.api.WebhookView;
import dev.mvpress.webhook.service.WebhookQueries;

/** Endpoints, deliveries and attempts as /api/webhooks shows them. */
public final class WebhookViews {

    /** Characters of the secret a view shows: whsec_ and four more. */
    static final int HINT = 10;

    private WebhookViews() {
    }

    /** The endpoint without its secret. */
    public static WebhookView of(WebhookEndpoint e) {
        return new WebhookView(e.id.toString(), e.kind, e.url, List.copyOf(e.events), e.description, e.includeDrafts,
                e.coalesceSeconds, e.enabled, e.disabledReason, e.disabledAt, e.failingSince,
                e.secret.substring(0, Math.min(HINT, e.secret.length())), e.createdAt, e.updatedAt, null);
    }

    /** The endpoint with its secret: the answer to create and rotate only. */
    public static WebhookView withSecret(WebhookEndpoint e) {
        WebhookView view = of(e);
        return new WebhookView(view.id(), view.kind(), view.url(), view.events(), view.description(), view.includeDrafts(),
                view.coalesceSeconds(), view.enabled(), view.disabledReason(), view.disabledAt(), view.failingSince(),
                view.secretHint(), view.createdAt(), view.updatedAt(), e.secret);
    }

    /** A row of {@code WebhookQueries.DELIVERY_COLUMNS}. */
    public static DeliveryView delivery(Object[] r) {
        return new DeliveryView(r[0].toString(), ((UUID) r[1]).toString(), (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (String) r[5], ((Number) r[6]).intValue(), SqlValues.instant(r[7]),
                r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9], SqlValues.instant(r[10]),
                SqlValues.instant(r[11]), null, null);
    }

    /** The delivery with its attempts and payload (null for a deploy hook). */
    public static DeliveryView detailed(DeliveryView d, List<DeliveryView.AttemptView> attempts, String payload) {
        return new DeliveryView(d.id(), d.endpointId(), d.messageId(), d.eventType(), d.eventCount(), d.state(),
                d.attempts(), d.nextAttemptAt(), d.lastStatus(), d.lastError(), d.createdAt(), d.deliveredAt(), attempts,
                payload);
    }

    /** A row of {@code WebhookQueries.ATTEMPTS}. */
    public static DeliveryView.AttemptView attempt(Object[] r) {
        return new DeliveryView.AttemptView(((Number) r[0]).intValue(), SqlValues.instant(r[1]),
                ((Number) r[2]).intValue(), r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4], (String) r[5]);
    }
}
