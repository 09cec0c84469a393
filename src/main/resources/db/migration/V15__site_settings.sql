-- Site settings as data (issue 14): what GET /api/site answers and PUT /api/site replaces. One row at
-- most (id 1); while there is none, the configuration's mvpress.site.* values stand in for it, so an
-- operator's environment variables are the first-start defaults and the first PUT stores the row.
create table site_settings (
    id          smallint      not null,
    title       varchar(200)  not null,
    description varchar(1000),
    -- A BCP 47 language tag in its canonical form: en, de-CH, zh-Hant-TW.
    language    varchar(35)   not null,
    -- An IANA time zone id: UTC, Europe/Zurich.
    time_zone   varchar(64)   not null,
    -- {name, bio, avatar {url, alt, width, height}, url, links [{label, url}]}
    author      jsonb         not null,
    -- [{label, url}]: the site's menu, in order.
    navigation  jsonb         not null default '[]',
    -- [{network, url, handle}]
    social      jsonb         not null default '[]',
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint site_settings_pkey primary key (id),
    constraint site_settings_one_row check (id = 1),
    constraint site_settings_author_check check (jsonb_typeof(author) = 'object'),
    constraint site_settings_navigation_check check (jsonb_typeof(navigation) = 'array'),
    constraint site_settings_social_check check (jsonb_typeof(social) = 'array')
);
