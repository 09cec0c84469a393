-- Posts, tags and the slugs posts used to have. Hibernate validates against this schema; it never changes it.

create table tag (
    id          uuid         primary key,
    slug        varchar(100) not null,
    name        varchar(100) not null,
    description varchar(1000),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint tag_slug_key unique (slug),
    constraint tag_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
-- Tags named on a post are matched by slug, then by name regardless of case.
create index tag_name_lower_idx on tag (lower(name));

create table post (
    id                   uuid          primary key,
    slug                 varchar(100)  not null,
    title                varchar(300)  not null,
    description          varchar(1000),
    excerpt              varchar(300)  not null,
    markdown             text          not null,
    html                 text          not null,
    status               varchar(16)   not null,
    published_at         timestamptz,
    canonical_url        varchar(2000),
    cover_image_url      varchar(2000),
    cover_image_alt      varchar(500),
    metadata             jsonb         not null default '{}'::jsonb,
    word_count           integer       not null,
    reading_time_minutes integer       not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0,
    constraint post_slug_key unique (slug),
    constraint post_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint post_status_known check (status in ('draft', 'scheduled', 'published')),
    constraint post_published_has_date check (status = 'draft' or published_at is not null)
);
-- The public list: everything not a draft, newest publication first (a scheduled post whose time
-- has come is public, so the index covers both and the query adds published_at <= now).
create index post_public_published_idx on post (published_at desc, id desc) where status <> 'draft';
-- The author's lists, which also see drafts.
create index post_published_idx on post (published_at desc, id desc);
create index post_updated_idx on post (updated_at desc, id desc);
create index post_title_idx on post (lower(title), id);

create table post_tag (
    post_id  uuid    not null references post (id) on delete cascade,
    tag_id   uuid    not null references tag (id) on delete cascade,
    position integer not null,
    -- Not unique on (post_id, position): deleting a tag renumbers the positions left behind in place.
    constraint post_tag_pkey primary key (post_id, tag_id)
);
-- Posts of a tag, and the post count of every tag.
create index post_tag_tag_idx on post_tag (tag_id, post_id);

create table post_slug_alias (
    slug    varchar(100) primary key,
    post_id uuid         not null references post (id) on delete cascade
);
create index post_slug_alias_post_idx on post_slug_alias (post_id);
