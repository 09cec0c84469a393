-- The post lists order by published_at descending with nulls last (drafts have no date), so the
-- indexes must say the same for PostgreSQL to read them in order instead of sorting every row.
drop index post_public_published_idx;
drop index post_published_idx;
create index post_public_published_idx on post (published_at desc nulls last, id desc) where status <> 'draft';
create index post_published_idx on post (published_at desc nulls last, id desc);
