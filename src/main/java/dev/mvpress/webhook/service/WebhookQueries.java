package dev.mvpress.webhook.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import dev.mvpress.kernel.PageRequest;
import dev.mvpress.kernel.SqlValues;
import dev.mvpress.webhook.WebhookEndpoint;

/**
 * Every statement about webhooks: endpoints (Panache), deliveries and their attempts, the claim that hands a
 * due delivery to one caller, the outcome recorded only by the claim that owns it, and the pruning.
 */
@ApplicationScoped
public class WebhookQueries {

    /** Panache: endpoints, newest first. */
    static final String NEWEST_FIRST = "order by createdAt desc, id desc";

    /** The columns of a delivery as {@link dev.mvpress.webhook.rest.WebhookViews#delivery} reads them, alias d. */
    static final String DELIVERY_COLUMNS = "d.id, d.endpoint_id, d.message_id, d.event_type, d.event_count, d.state,"
            + " d.attempts, d.next_attempt_at, d.last_status, d.last_error, d.created_at, d.delivered_at";

    /** Native SQL: one delivery of endpoint {@code :endpoint}. */
    static final String DELIVERY = "select " + DELIVERY_COLUMNS + " from webhook_delivery d where d.id = :id"
            + " and d.endpoint_id = :endpoint";

    /** Native SQL: the payload of message {@code :id}. */
    static final String PAYLOAD = "select payload from webhook_message where id = :id";

    /** Native SQL: the attempts of delivery {@code :id}, oldest first. */
    static final String ATTEMPTS = "select attempt, started_at, duration_ms, status_code, outcome, error from webhook_attempt"
            + " where delivery_id = :id order by attempt";

    /** Native SQL: delivery {@code :id} is due again now; a claim in flight no longer owns it. */
    static final String REDELIVER = "update webhook_delivery set state = 'pending', next_attempt_at = :now, claim = null"
            + " where id = :id and endpoint_id = :endpoint";

    /** Native SQL: a message as sent (ping). */
    static final String INSERT_MESSAGE = "insert into webhook_message (id, type, entity, entity_id, audience, occurred_at,"
            + " payload, created_at) values (:id, :type, :entity, :entityId, :audience, :now, :payload, :now)";

    /** Native SQL: a delivery of message {@code :message} to endpoint {@code :endpoint}, due now. */
    static final String INSERT_DELIVERY = "insert into webhook_delivery (id, endpoint_id, message_id, event_count, event_type,"
            + " state, attempts, next_attempt_at, created_at) values (:id, :endpoint, :message, 1, :type, 'pending', 0, :now,"
            + " :now)";

    /** Native SQL: a deploy hook's open batch, due now (a ping builds at once), made or joined. */
    static final String DEPLOY_NOW = "insert into webhook_delivery (id, endpoint_id, message_id, event_count, event_type,"
            + " state, attempts, next_attempt_at, created_at) values (:id, :endpoint, null, 1, :type, 'pending', 0, :now, :now)"
            + " on conflict (endpoint_id) where state = 'pending' and attempts = 0 and message_id is null"
            + " do update set event_count = webhook_delivery.event_count + 1, next_attempt_at = :now";

    /** Native SQL: the deploy hook's open batch. */
    static final String OPEN_BATCH = "select " + DELIVERY_COLUMNS + " from webhook_delivery d where d.endpoint_id = :endpoint"
            + " and d.state = 'pending' and d.attempts = 0 and d.message_id is null";

    /**
     * Native SQL: a failed deploy-hook call due for a retry is superseded when a later call for the endpoint exists
     * (a build rebuilds the whole site).
     */
    static final String SUPERSEDE_DUE = "update webhook_delivery d set state = 'superseded', next_attempt_at = null,"
            + " claim = null where d.state = 'pending' and d.message_id is null and d.attempts > 0 and d.next_attempt_at <= :now"
            + " and exists (select 1 from webhook_delivery n where n.endpoint_id = d.endpoint_id and n.message_id is null"
            + " and n.id <> d.id and n.created_at > d.created_at)";

    /**
     * Native SQL: claims up to {@code :n} due deliveries of enabled endpoints, skipping those another caller has
     * locked: each gets the claim token, one more attempt, and a lease (next_attempt_at) after which another caller
     * may retry it. A delivery whose earlier claim lapsed without a result (its instance died mid-attempt) gets
     * that attempt recorded as failed, so its log shows every try. Answers what sending needs: id, endpoint,
     * message id, attempt, event type, url, secret, payload.
     */
    static final String CLAIM = """
            with due as (
                select d.id, d.claim, d.attempts, d.next_attempt_at
                from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                where d.state = 'pending' and d.next_attempt_at <= :now and e.enabled
                order by d.next_attempt_at limit :n for update of d skip locked),
            abandoned as (
                insert into webhook_attempt (delivery_id, attempt, started_at, duration_ms, status_code, outcome, error)
                select due.id, due.attempts, due.next_attempt_at - make_interval(secs => :leaseMillis / 1000.0),
                       :leaseMillis, null, 'failed', 'No result was recorded: the instance attempting it stopped before'
                       || ' its claim lapsed (mvpress.webhooks.claim-lease), so it is tried again'
                from due where due.claim is not null
                on conflict do nothing),
            claimed as (
                update webhook_delivery d set claim = :claim, attempts = d.attempts + 1, next_attempt_at = :lease
                from due where d.id = due.id
                returning d.id, d.endpoint_id, d.message_id, d.attempts, d.event_type)
            select c.id, c.endpoint_id, c.message_id, c.attempts, c.event_type, e.url, e.secret, m.payload
            from claimed c join webhook_endpoint e on e.id = c.endpoint_id left join webhook_message m on m.id = c.message_id
            """;

    /** Native SQL: one attempt; a stale claim's attempt has its own number, so it never collides. */
    static final String INSERT_ATTEMPT = "insert into webhook_attempt (delivery_id, attempt, started_at, duration_ms,"
            + " status_code, outcome, error) values (:id, :attempt, :started, :duration, :status, :outcome, :error)"
            + " on conflict do nothing";

    /** Native SQL: whether a deploy-hook call later than delivery {@code :id} exists for its endpoint. */
    static final String NEWER_BATCH = "select count(*) from webhook_delivery d join webhook_delivery n on"
            + " n.endpoint_id = d.endpoint_id and n.message_id is null and n.id <> d.id and n.created_at > d.created_at"
            + " where d.id = :id";

    /** Native SQL: the outcome of an attempt, written only by the claim that owns the delivery. */
    static final String OUTCOME = "update webhook_delivery set state = :state, next_attempt_at = :next, claim = null,"
            + " last_status = :status, last_error = :error, delivered_at = :delivered where id = :id and claim = :claim";

    /** Native SQL: a success ends the endpoint's failing streak. */
    static final String ENDPOINT_SUCCEEDED = "update webhook_endpoint set failing_since = null where id = :id"
            + " and failing_since is not null";

    /** Native SQL: a failure starts the endpoint's failing streak, unless one runs already. */
    static final String ENDPOINT_FAILED = "update webhook_endpoint set failing_since = coalesce(failing_since, :now)"
            + " where id = :id";

    /** Native SQL: when the endpoint's failing streak began. */
    static final String FAILING_SINCE = "select failing_since from webhook_endpoint where id = :id";

    /** Native SQL: an endpoint failing since {@code :cutoff} or earlier is disabled, with the reason. */
    static final String DISABLE = "update webhook_endpoint set enabled = false, disabled_at = :now, updated_at = :now,"
            + " disabled_reason = :reason where id = :id and enabled and failing_since <= :cutoff";

    /** Native SQL: delivered and superseded deliveries older than {@code :cutoff}, at most {@code :n}; attempts cascade. */
    static final String PRUNE_DELIVERIES = "delete from webhook_delivery where id in (select id from webhook_delivery"
            + " where state in ('delivered', 'superseded') and coalesce(delivered_at, created_at) < :cutoff limit :n)";

    /** Native SQL: messages older than {@code :cutoff} that no delivery needs any more, at most {@code :n}. */
    static final String PRUNE_MESSAGES = "delete from webhook_message where id in (select m.id from webhook_message m"
            + " where m.created_at < :cutoff and not exists (select 1 from webhook_delivery d where d.message_id = m.id)"
            + " limit :n)";

    private final EntityManager em;

    WebhookQueries(EntityManager em) {
        this.em = em;
    }

    static List<WebhookEndpoint> endpoints(PageRequest page) {
        return WebhookEndpoint.<WebhookEndpoint>find(NEWEST_FIRST).page(page.number() - 1, page.size()).list();
    }

    static long endpointCount() {
        return WebhookEndpoint.count();
    }

    /**
     * Native SQL: the deliveries of endpoint {@code :endpoint}, newest first, optionally in state {@code :state} and
     * after the keyset position ({@code :at}, {@code :after}).
     */
    static String deliveriesStatement(boolean byState, boolean after) {
        return "select " + DELIVERY_COLUMNS + " from webhook_delivery d where d.endpoint_id = :endpoint"
                + (byState ? " and d.state = :state" : "") + (after ? " and (d.created_at, d.id) < (:at, :after)" : "")
                + " order by d.created_at desc, d.id desc limit :n";
    }

    @SuppressWarnings("unchecked")
    List<Object[]> deliveries(UUID endpoint, String state, Instant at, UUID after, int limit) {
        Query query = em.createNativeQuery(deliveriesStatement(state != null, after != null))
                .setParameter("endpoint", endpoint).setParameter("n", limit);
        if (state != null) {
            query.setParameter("state", state);
        }
        if (after != null) {
            query.setParameter("at", at).setParameter("after", after);
        }
        return query.getResultList();
    }

    Optional<Object[]> delivery(UUID endpoint, UUID id) {
        return rows(em.createNativeQuery(DELIVERY).setParameter("id", id).setParameter("endpoint", endpoint)).stream()
                .findFirst();
    }

    Optional<Object[]> openBatch(UUID endpoint) {
        return rows(em.createNativeQuery(OPEN_BATCH).setParameter("endpoint", endpoint)).stream().findFirst();
    }

    String payload(String messageId) {
        return (String) em.createNativeQuery(PAYLOAD).setParameter("id", messageId).getSingleResult();
    }

    List<Object[]> attempts(UUID delivery) {
        return rows(em.createNativeQuery(ATTEMPTS).setParameter("id", delivery));
    }

    int redeliver(UUID endpoint, UUID id, Instant now) {
        return em.createNativeQuery(REDELIVER).setParameter("id", id).setParameter("endpoint", endpoint)
                .setParameter("now", now).executeUpdate();
    }

    void insertMessage(String id, String type, String entity, UUID entityId, String audience, String payload, Instant now) {
        em.createNativeQuery(INSERT_MESSAGE).setParameter("id", id).setParameter("type", type).setParameter("entity", entity)
                .setParameter("entityId", entityId).setParameter("audience", audience).setParameter("payload", payload)
                .setParameter("now", now).executeUpdate();
    }

    void insertDelivery(UUID id, UUID endpoint, String message, String type, Instant now) {
        em.createNativeQuery(INSERT_DELIVERY).setParameter("id", id).setParameter("endpoint", endpoint)
                .setParameter("message", message).setParameter("type", type).setParameter("now", now).executeUpdate();
    }

    void deployNow(UUID endpoint, String type, Instant now) {
        em.createNativeQuery(DEPLOY_NOW).setParameter("id", UUID.randomUUID()).setParameter("endpoint", endpoint)
                .setParameter("type", type).setParameter("now", now).executeUpdate();
    }

    int supersedeDue(Instant now) {
        return em.createNativeQuery(SUPERSEDE_DUE).setParameter("now", now).executeUpdate();
    }

    List<Object[]> claim(UUID claim, Instant now, Instant lease, int n) {
        return rows(em.createNativeQuery(CLAIM).setParameter("claim", claim).setParameter("now", now)
                .setParameter("lease", lease).setParameter("n", n)
                .setParameter("leaseMillis", (int) Duration.between(now, lease).toMillis()));
    }

    void insertAttempt(UUID delivery, int attempt, Instant started, int durationMs, Integer status, String outcome,
            String error) {
        em.createNativeQuery(INSERT_ATTEMPT).setParameter("id", delivery).setParameter("attempt", attempt)
                .setParameter("started", started).setParameter("duration", durationMs)
                .setParameter("status", new TypedParameterValue<>(StandardBasicTypes.INTEGER, status))
                .setParameter("outcome", outcome)
                .setParameter("error", new TypedParameterValue<>(StandardBasicTypes.STRING, error)).executeUpdate();
    }

    boolean newerBatch(UUID delivery) {
        return ((Number) em.createNativeQuery(NEWER_BATCH).setParameter("id", delivery).getSingleResult()).longValue() > 0;
    }

    /** Writes the outcome if {@code claim} still owns the delivery; false when another claim took it over. */
    boolean outcome(UUID delivery, UUID claim, String state, Instant next, Integer status, String error, Instant delivered) {
        return em.createNativeQuery(OUTCOME).setParameter("id", delivery).setParameter("claim", claim)
                .setParameter("state", state)
                .setParameter("next", new TypedParameterValue<>(StandardBasicTypes.INSTANT, next))
                .setParameter("status", new TypedParameterValue<>(StandardBasicTypes.INTEGER, status))
                .setParameter("error", new TypedParameterValue<>(StandardBasicTypes.STRING, error))
                .setParameter("delivered", new TypedParameterValue<>(StandardBasicTypes.INSTANT, delivered))
                .executeUpdate() == 1;
    }

    void endpointSucceeded(UUID endpoint) {
        em.createNativeQuery(ENDPOINT_SUCCEEDED).setParameter("id", endpoint).executeUpdate();
    }

    /** Records a failure; answers since when the endpoint has been failing. */
    Instant endpointFailed(UUID endpoint, Instant now) {
        em.createNativeQuery(ENDPOINT_FAILED).setParameter("id", endpoint).setParameter("now", now).executeUpdate();
        return SqlValues.instant(em.createNativeQuery(FAILING_SINCE).setParameter("id", endpoint).getSingleResult());
    }

    boolean disable(UUID endpoint, Instant now, Instant cutoff, String reason) {
        return em.createNativeQuery(DISABLE).setParameter("id", endpoint).setParameter("now", now)
                .setParameter("cutoff", cutoff).setParameter("reason", reason).executeUpdate() == 1;
    }

    int pruneDeliveries(Instant cutoff, int n) {
        return em.createNativeQuery(PRUNE_DELIVERIES).setParameter("cutoff", cutoff).setParameter("n", n).executeUpdate();
    }

    int pruneMessages(Instant cutoff, int n) {
        return em.createNativeQuery(PRUNE_MESSAGES).setParameter("cutoff", cutoff).setParameter("n", n).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
