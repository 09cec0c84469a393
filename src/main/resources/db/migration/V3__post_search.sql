-- Full-text search over posts: title, description and body, weighted in that order. body_text is
-- the body as plain text (rendered markdown without markup), kept on write for search and snippets.

alter table post add column body_text text not null default '';
-- Posts written before this migration get their markdown as an approximation until they are saved again.
update post set body_text = markdown;

alter table post add column search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', coalesce(description, '')), 'B')
    || setweight(to_tsvector('english', body_text), 'C')) stored;

create index post_search_idx on post using gin (search);
