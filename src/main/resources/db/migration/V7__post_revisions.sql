-- Every write of a post through the API keeps the post as it was after that write, numbered from 1,
-- with who wrote it. A revision can be read in full and restored.
create table post_revision (
    id          uuid         primary key,
    post_id     uuid         not null references post (id) on delete cascade,
    number      integer      not null,
    post_version bigint      not null,
    author      varchar(100) not null,
    snapshot    jsonb        not null,
    created_at  timestamptz  not null,
    constraint post_revision_number_key unique (post_id, number)
);
