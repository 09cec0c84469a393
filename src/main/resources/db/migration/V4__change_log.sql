-- Every create, update and delete of posts, tags and contributions, written by triggers in the same
-- transaction as the change. tx is the writing transaction's id: a reader only returns rows of
-- transactions older than every transaction still running (pg_snapshot_xmin), so a cursor that
-- moves along (tx, seq) never passes a change that commits later.

create table change_log (
    seq            bigint       generated always as identity,
    tx             xid8         not null default pg_current_xact_id(),
    entity         varchar(20)  not null,
    entity_id      uuid         not null,
    slug           varchar(100),
    previous_slug  varchar(100),
    op             varchar(10)  not null,
    -- Whether anonymous readers could see the row before or after the change.
    public_before  boolean      not null,
    public_after   boolean      not null,
    changed_at     timestamptz  not null default clock_timestamp(),
    constraint change_log_pkey primary key (seq)
);
create index change_log_tx_seq_idx on change_log (tx, seq);

create function log_post_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into change_log (entity, entity_id, slug, op, public_before, public_after)
        values ('post', old.id, old.slug, 'deleted', old.status <> 'draft' and old.published_at <= now(), false);
        return old;
    end if;
    insert into change_log (entity, entity_id, slug, previous_slug, op, public_before, public_after)
    values ('post', new.id, new.slug,
            case when tg_op = 'UPDATE' and old.slug <> new.slug then old.slug end,
            case when tg_op = 'INSERT' then 'created' else 'updated' end,
            tg_op = 'UPDATE' and old.status <> 'draft' and old.published_at <= now(),
            new.status <> 'draft' and new.published_at <= now());
    return new;
end $$;

create function log_tag_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into change_log (entity, entity_id, slug, op, public_before, public_after)
        values ('tag', old.id, old.slug, 'deleted', true, false);
        return old;
    end if;
    insert into change_log (entity, entity_id, slug, previous_slug, op, public_before, public_after)
    values ('tag', new.id, new.slug, case when tg_op = 'UPDATE' and old.slug <> new.slug then old.slug end,
            case when tg_op = 'INSERT' then 'created' else 'updated' end, tg_op = 'UPDATE', true);
    return new;
end $$;

create function log_contribution_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into change_log (entity, entity_id, op, public_before, public_after)
        values ('contribution', old.id, 'deleted', not old.private, false);
        return old;
    end if;
    insert into change_log (entity, entity_id, op, public_before, public_after)
    values ('contribution', new.id, case when tg_op = 'INSERT' then 'created' else 'updated' end,
            tg_op = 'UPDATE' and not old.private, not new.private);
    return new;
end $$;

create trigger post_change after insert or update or delete on post for each row execute function log_post_change();
create trigger tag_change after insert or update or delete on tag for each row execute function log_tag_change();
create trigger contribution_change after insert or update or delete on contribution
    for each row execute function log_contribution_change();
