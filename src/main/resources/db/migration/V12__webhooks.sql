-- Publish-time integrations (issue 13): webhook endpoints, the events they receive and every delivery
-- attempt, all in PostgreSQL so that any instance can pick up where another stopped (scale to zero,
-- a killed instance). Events come from the change log (V4), written by triggers in the transaction of
-- the change: a committed change always yields its events, a rolled-back one never does.

-- Where an event goes. kind 'webhook': a signed JSON POST per event (Standard Webhooks); kind
-- 'deploy-hook': an empty POST to a static host's build hook, once per window of events.
create table webhook_endpoint (
    id               uuid          not null,
    kind             varchar(12)   not null,
    url              varchar(2000) not null,
    description      varchar(200),
    -- Event types or patterns: "post.published", "post.*", "*".
    events           jsonb         not null default '["*"]',
    -- Whether changes readers cannot see (drafts, scheduled posts, private entries) are sent too, with
    -- the resource as a drafts:read token sees it. Otherwise payloads are what an anonymous reader sees.
    include_drafts   boolean       not null default false,
    -- The Standard Webhooks secret, whsec_ followed by base64 of random bytes; shown once.
    secret           varchar(100)  not null,
    -- Deploy hooks: events within this many seconds of the first one make one call.
    coalesce_seconds integer,
    enabled          boolean       not null default true,
    disabled_reason  varchar(500),
    disabled_at      timestamptz,
    -- Set by the first failed attempt after a success, cleared by a success: an endpoint failing for
    -- mvpress.webhooks.disable-after is disabled.
    failing_since    timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint webhook_endpoint_pkey primary key (id),
    constraint webhook_endpoint_kind_check check (kind in ('webhook', 'deploy-hook')),
    constraint webhook_endpoint_coalesce_check check (coalesce_seconds is null or coalesce_seconds between 0 and 3600)
);

-- Where the fan-out of the change log stands: one row, locked by the instance fanning out.
create table webhook_dispatch (
    id          smallint    not null,
    -- The last change log position turned into events (the changes feed's cursor: transaction, sequence).
    tx          xid8        not null,
    seq         bigint      not null,
    -- Scheduled posts whose time is at or before this have had their went-live event.
    live_until  timestamptz not null,
    constraint webhook_dispatch_pkey primary key (id),
    constraint webhook_dispatch_one_row check (id = 1)
);
-- Events start now: history before webhooks existed is not replayed.
insert into webhook_dispatch (id, tx, seq, live_until)
values (1, pg_current_xact_id(), coalesce((select max(seq) from change_log), 0), now());

-- One event as one audience sees it: the exact bytes that are signed and sent, so every retry sends
-- the same body under the same webhook-id.
create table webhook_message (
    -- The Standard Webhooks webhook-id: msg_ followed by a random id.
    id           varchar(40)  not null,
    type         varchar(40)  not null,
    entity       varchar(20)  not null,
    entity_id    uuid         not null,
    -- 'public': as an anonymous reader sees it; 'drafts': as a drafts:read token sees it.
    audience     varchar(10)  not null,
    occurred_at  timestamptz  not null,
    -- Went-live events are emitted by two paths (the scheduled-time scan and a late change); this key
    -- lets only one of them insert.
    dedupe_key   varchar(120),
    payload      text         not null,
    created_at   timestamptz  not null,
    constraint webhook_message_pkey primary key (id),
    constraint webhook_message_audience_check check (audience in ('public', 'drafts'))
);
create unique index webhook_message_dedupe_idx on webhook_message (dedupe_key, audience) where dedupe_key is not null;
create index webhook_message_created_idx on webhook_message (created_at);

-- One message to one endpoint (or, for a deploy hook, one coalesced call), and its state.
create table webhook_delivery (
    id               uuid         not null,
    endpoint_id      uuid         not null,
    -- null for a deploy hook's call, which has no body.
    message_id       varchar(40),
    -- Deploy hooks: how many events this call stands for.
    event_count      integer      not null default 1,
    event_type       varchar(40)  not null,
    -- pending (due at next_attempt_at; a claimed one is pending with next_attempt_at at the end of the
    -- claim, so another instance retries it if this one dies), delivered, failed (out of retries or the
    -- endpoint was disabled), superseded (a deploy hook call a later one covers).
    state            varchar(12)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz,
    -- Set while an attempt is in flight: which claim owns it (a random token per claim).
    claim            uuid,
    last_status      integer,
    last_error       varchar(500),
    created_at       timestamptz  not null,
    delivered_at     timestamptz,
    constraint webhook_delivery_pkey primary key (id),
    constraint webhook_delivery_endpoint_fkey foreign key (endpoint_id) references webhook_endpoint (id) on delete cascade,
    constraint webhook_delivery_message_fkey foreign key (message_id) references webhook_message (id) on delete cascade,
    constraint webhook_delivery_state_check check (state in ('pending', 'delivered', 'failed', 'superseded'))
);
-- The claim query: due pending deliveries in due order.
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where state = 'pending';
-- An endpoint's deliveries, newest first (keyset paging).
create index webhook_delivery_endpoint_idx on webhook_delivery (endpoint_id, created_at desc, id desc);
create index webhook_delivery_message_idx on webhook_delivery (message_id);
-- A deploy hook has at most one open batch: pending, never attempted. Events coalesce into it.
create unique index webhook_delivery_open_batch_idx on webhook_delivery (endpoint_id)
    where state = 'pending' and attempts = 0 and message_id is null;

-- Every attempt: when, how long, what came back.
create table webhook_attempt (
    delivery_id  uuid         not null,
    attempt      integer      not null,
    started_at   timestamptz  not null,
    duration_ms  integer      not null,
    -- The receiver's HTTP status, null when none came (timeout, refused connection, refused address).
    status_code  integer,
    outcome      varchar(12)  not null,
    error        varchar(500),
    constraint webhook_attempt_pkey primary key (delivery_id, attempt),
    constraint webhook_attempt_delivery_fkey foreign key (delivery_id) references webhook_delivery (id) on delete cascade,
    constraint webhook_attempt_outcome_check check (outcome in ('delivered', 'failed'))
);
