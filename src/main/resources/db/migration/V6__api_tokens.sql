-- API tokens for scripts and apps. Only a SHA-256 hash of each secret is stored; the secret is shown
-- once, when the token is created. Every request looks its token up here, so a revocation takes
-- effect at once on every instance.
create table api_token (
    id            uuid         primary key,
    name          varchar(100) not null,
    prefix        varchar(12)  not null,
    secret_hash   bytea        not null,
    scopes        jsonb        not null,
    created_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    constraint api_token_secret_hash_key unique (secret_hash)
);
create index api_token_created_idx on api_token (created_at desc, id desc);
