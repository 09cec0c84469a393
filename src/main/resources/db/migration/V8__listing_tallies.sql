-- Constant-cost list pages at any size.
--
-- 1. post_tag.published_at copies the post's published_at while the post is not a draft (null for a
--    draft), so the newest posts of one tag come straight off one index, in order, with no sort of
--    every post of the tag.
-- 2. post_tally counts the posts that are not drafts (published or scheduled), in all and per tag,
--    so a page's total is one row read minus the few scheduled posts still in the future, not a
--    count over every post. The zero uuid is the row for all posts.
-- Triggers keep both in step with every write in the writing transaction; nothing has to run later.

alter table post_tag add column published_at timestamptz;
create index post_tag_listed_idx on post_tag (tag_id, published_at desc nulls last, post_id desc) where published_at is not null;

create table post_tally (
    tag_id uuid   primary key,
    listed bigint not null
);

create function post_tally_add(tag uuid, delta bigint) returns void language plpgsql as $$
begin
    if delta = 0 then
        return;
    end if;
    -- Every writer of tallies takes this lock before its first tally row, so two transactions never
    -- hold tally rows in opposite orders (no deadlock); post writes are rare enough to queue here.
    perform pg_advisory_xact_lock(7405218630418843904);
    insert into post_tally (tag_id, listed) values (tag, delta)
    on conflict (tag_id) do update set listed = post_tally.listed + excluded.listed;
end $$;

create function post_listed_at(p post) returns timestamptz language sql immutable as $$
    select case when p.status <> 'draft' then p.published_at end
$$;

-- A new post_tag row takes its post's listing; tallies follow every row that enters, leaves or moves.
create function post_tag_listing() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        select post_listed_at(p) into new.published_at from post p where p.id = new.post_id;
        perform post_tally_add(new.tag_id, case when new.published_at is not null then 1 else 0 end);
        return new;
    elsif tg_op = 'UPDATE' then
        if old.tag_id <> new.tag_id or (old.published_at is null) <> (new.published_at is null) then
            perform post_tally_add(old.tag_id, case when old.published_at is not null then -1 else 0 end);
            perform post_tally_add(new.tag_id, case when new.published_at is not null then 1 else 0 end);
        end if;
        return new;
    end if;
    perform post_tally_add(old.tag_id, case when old.published_at is not null then -1 else 0 end);
    return old;
end $$;

-- post_listing_rebuild() recounts at the end, so the rows it rewrites need no tally work each.
create trigger post_tag_listing_insert before insert on post_tag for each row
    when (current_setting('mvpress.rebuilding_listing', true) is distinct from 'on')
    execute function post_tag_listing();
create trigger post_tag_listing_change after update or delete on post_tag for each row
    when (current_setting('mvpress.rebuilding_listing', true) is distinct from 'on')
    execute function post_tag_listing();

-- A post that is published, scheduled, unpublished or re-dated carries its listing to its tags.
create function post_listing() returns trigger language plpgsql as $$
declare
    before_at timestamptz := case when tg_op <> 'INSERT' then post_listed_at(old) end;
    after_at timestamptz := case when tg_op <> 'DELETE' then post_listed_at(new) end;
begin
    perform post_tally_add('00000000-0000-0000-0000-000000000000',
        (case when after_at is not null then 1 else 0 end) - (case when before_at is not null then 1 else 0 end));
    if tg_op = 'UPDATE' and before_at is distinct from after_at then
        update post_tag set published_at = after_at where post_id = new.id;
    end if;
    return null;
end $$;

create trigger post_listing after insert or update of status, published_at or delete on post
    for each row execute function post_listing();

-- Recounts everything from the rows; the migration runs it once, and so can anyone who loads rows
-- with triggers disabled (the benchmark's seed does).
create function post_listing_rebuild() returns void language sql as $$
    select set_config('mvpress.rebuilding_listing', 'on', true);
    update post_tag pt set published_at = post_listed_at(p) from post p
    where p.id = pt.post_id and pt.published_at is distinct from post_listed_at(p);
    delete from post_tally;
    insert into post_tally (tag_id, listed)
    select '00000000-0000-0000-0000-000000000000', count(*) from post where status <> 'draft';
    insert into post_tally (tag_id, listed)
    select tag_id, count(*) from post_tag where published_at is not null group by tag_id;
    select set_config('mvpress.rebuilding_listing', 'off', true);
$$;

select post_listing_rebuild();
