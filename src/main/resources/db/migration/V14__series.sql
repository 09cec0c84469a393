-- Series of posts (issue 14, item 5): a post names at most one series and, optionally, its position in it.
-- A series is ordered by series_position (nulls last), then published_at, then id; the numbers a reader sees
-- are ranks among the parts they may see, so positions need not be unique or gapless.

create table series (
    id          uuid         primary key,
    slug        varchar(100) not null,
    name        varchar(200) not null,
    description varchar(1000),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint series_slug_key unique (slug),
    constraint series_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
-- A series named on a post is matched by slug, then by name regardless of case.
create index series_name_lower_idx on series (lower(name));

alter table post
    add column series_id       uuid references series (id) on delete set null,
    add column series_position integer,
    add constraint post_series_position_range check (series_position between 1 and 10000);

-- The parts of a series in reading order, straight off one index (and the fk's index for on delete set null).
create index post_series_idx on post (series_id, series_position, published_at, id) where series_id is not null;
