-- The content model a site renders without keeping its own copy: pages beside posts, SEO and social
-- fields, image sizes, languages and translations, and each body's table of contents.

-- A page (about, uses, speaking) is a row of post with kind 'page': it shares the write path, the
-- revisions, the markdown round trip and the slug namespace, and is never listed as a post.
alter table post add column kind varchar(8) not null default 'post';
alter table post add constraint post_kind_known check (kind in ('post', 'page'));

-- BCP 47 tag; null means the site's language. Translations of one text share a translation key
-- (Hugo's translationKey).
alter table post add column language varchar(35);
alter table post add column translation_key varchar(100);
create index post_translation_idx on post (translation_key) where translation_key is not null;

-- SEO and social card overrides; each falls back to the post's own field when null.
alter table post add column meta_title varchar(300);
alter table post add column meta_description varchar(1000);
alter table post add column noindex boolean not null default false;
alter table post add column og_image_url varchar(2000);
alter table post add column og_image_alt varchar(500);
alter table post add column og_image_width integer;
alter table post add column og_image_height integer;
alter table post add column og_image_caption varchar(1000);
alter table post add column cover_image_width integer;
alter table post add column cover_image_height integer;
alter table post add column cover_image_caption varchar(1000);
alter table post add constraint post_image_sizes_positive check (
    coalesce(og_image_width, 1) > 0 and coalesce(og_image_height, 1) > 0
    and coalesce(cover_image_width, 1) > 0 and coalesce(cover_image_height, 1) > 0);

-- The headings of the body as [{"level", "id", "text"}], derived on write like html; null for rows
-- written before this migration, whose table of contents is read off their html until their next write.
alter table post add column toc jsonb;

-- Pages are never listed: no listing date on their tag links, no place in the tallies.
create or replace function post_listed_at(p post) returns timestamptz language sql immutable as $$
    select case when p.status <> 'draft' and p.kind = 'post' then p.published_at end
$$;

drop trigger post_listing on post;
create trigger post_listing after insert or update of status, published_at, kind or delete on post
    for each row execute function post_listing();

create or replace function post_listing_rebuild() returns void language sql as $$
    select set_config('mvpress.rebuilding_listing', 'on', true);
    update post_tag pt set published_at = post_listed_at(p) from post p
    where p.id = pt.post_id and pt.published_at is distinct from post_listed_at(p);
    delete from post_tally;
    insert into post_tally (tag_id, listed)
    select '00000000-0000-0000-0000-000000000000', count(*) from post where status <> 'draft' and kind = 'post';
    insert into post_tally (tag_id, listed)
    select tag_id, count(*) from post_tag where published_at is not null group by tag_id;
    select set_config('mvpress.rebuilding_listing', 'off', true);
$$;

-- The change log names a page as a page, so a feed or a webhook never announces it as a post.
create or replace function log_post_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into change_log (entity, entity_id, slug, op, public_before, public_after)
        values (old.kind, old.id, old.slug, 'deleted', old.status <> 'draft' and old.published_at <= now(), false);
        return old;
    end if;
    insert into change_log (entity, entity_id, slug, previous_slug, op, public_before, public_after)
    values (new.kind, new.id, new.slug,
            case when tg_op = 'UPDATE' and old.slug <> new.slug then old.slug end,
            case when tg_op = 'INSERT' then 'created' else 'updated' end,
            tg_op = 'UPDATE' and old.status <> 'draft' and old.published_at <= now(),
            new.status <> 'draft' and new.published_at <= now());
    return new;
end $$;

-- The bodies already stored get what a write now gives them, without a change-log row each (an upgrade is
-- not an edit: no feed entry, no webhook per post). Their table of contents is read off their html, whose
-- headings the sanitizer writes as <hN id="...">text</hN> (inner tags stripped, the entities it writes
-- decoded); their images load lazily.
alter table post disable trigger post_change;

update post p set toc = coalesce((
    select jsonb_agg(jsonb_build_object(
               'level', m[1]::int,
               'id', m[2],
               'text', btrim(regexp_replace(replace(replace(replace(replace(replace(replace(
                   regexp_replace(m[3], '<[^>]*>', '', 'g'),
                   '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'),
                   '\s+', ' ', 'g')))
           order by n)
    from regexp_matches(p.html, '<h([1-6]) id="([^"]*)">((?:[^<]|<[^/]|</[^h])*)</h[1-6]>', 'g')
         with ordinality as h(m, n)), '[]'::jsonb);

update post set html = regexp_replace(html, '<img (?![^>]*loading=)', '<img loading="lazy" decoding="async" ', 'g')
where html like '%<img %';

alter table post enable trigger post_change;
