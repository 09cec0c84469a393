package dev.mvpress.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where events go: a signed JSON POST per event ({@code webhook}) or an empty POST per window of events ({@code deploy-hook}). */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    public static final String WEBHOOK = "webhook";
    public static final String DEPLOY_HOOK = "deploy-hook";

    @Id
    public UUID id;

    public String kind;

    public String url;

    public String description;

    /** Event types or patterns ({@link WebhookEvents}). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> events = new ArrayList<>();

    public boolean includeDrafts;

    /** The Standard Webhooks secret, whsec_ and base64; shown once. */
    public String secret;

    public Integer coalesceSeconds;

    public boolean enabled;

    public String disabledReason;

    public Instant disabledAt;

    public Instant failingSince;

    public Instant createdAt;

    public Instant updatedAt;
}
