-- 1. An auto-logged blog contribution follows its post (title, description, date, url) until the
--    author edits the entry itself: follows_post is set when the entry is logged and cleared by the
--    first contributions write that changes it. Entries logged before this migration follow their
--    post when nothing but the logger has touched them (their url still ends with the post's path).
-- 2. The change log's public_before/public_after mean "an anonymous reader could see it" for tags
--    and contributions too: a tag is public while a published post carries it, an entry while it is
--    not private and its post (if any) is published. Rows already logged are corrected from what is
--    visible now.

alter table contribution add column follows_post boolean not null default false;
create index contribution_follows_idx on contribution (post_id) where follows_post;

update contribution c set follows_post = true
from post p
where p.id = c.post_id and c.type_key = 'blog' and c.url is not null and c.url like '%/' || p.slug || '%'
  and c.created_at = (select min(c2.created_at) from contribution c2 where c2.post_id = p.id and c2.type_key = 'blog');

create function tag_is_public(tag uuid) returns boolean language sql stable as $$
    select exists (select 1 from post_tag pt where pt.tag_id = tag and pt.published_at <= now())
$$;

create function contribution_is_public(c contribution) returns boolean language sql stable as $$
    select not c.private and (c.post_id is null or exists (select 1 from post p
        where p.id = c.post_id and p.status <> 'draft' and p.published_at <= now()))
$$;

create or replace function log_tag_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into change_log (entity, entity_id, slug, op, public_before, public_after)
        values ('tag', old.id, old.slug, 'deleted', tag_is_public(old.id), false);
        return old;
    end if;
    insert into change_log (entity, entity_id, slug, previous_slug, op, public_before, public_after)
    values ('tag', new.id, new.slug, case when tg_op = 'UPDATE' and old.slug <> new.slug then old.slug end,
            case when tg_op = 'INSERT' then 'created' else 'updated' end,
            tg_op = 'UPDATE' and tag_is_public(new.id), tg_op = 'UPDATE' and tag_is_public(new.id));
    return new;
end $$;

-- A deleted tag's post_tag rows go with it (on delete cascade, whose triggers run before any other
-- after-trigger): log the deletion before the row goes, while it still knows its posts.
drop trigger tag_change on tag;
create trigger tag_change after insert or update on tag for each row execute function log_tag_change();
create trigger tag_change_delete before delete on tag for each row execute function log_tag_change();

create or replace function log_contribution_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into change_log (entity, entity_id, op, public_before, public_after)
        values ('contribution', old.id, 'deleted', contribution_is_public(old), false);
        return old;
    end if;
    insert into change_log (entity, entity_id, op, public_before, public_after)
    values ('contribution', new.id, case when tg_op = 'INSERT' then 'created' else 'updated' end,
            tg_op = 'UPDATE' and contribution_is_public(old), contribution_is_public(new));
    return new;
end $$;

update change_log l set public_before = false, public_after = false
where l.entity = 'tag' and (l.public_before or l.public_after)
  and not exists (select 1 from tag t where t.id = l.entity_id and tag_is_public(t.id));

update change_log l set public_before = false, public_after = false
where l.entity = 'contribution' and (l.public_before or l.public_after)
  and exists (select 1 from contribution c where c.id = l.entity_id and not contribution_is_public(c));
