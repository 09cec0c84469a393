-- The sitemap's order (oldest first) over exactly the rows it lists: published or scheduled posts and pages
-- that do not ask for noindex (the "now" bound is the index's range condition). The sitemap index numbers
-- and summarises its files in one index-only scan of this index, and each file is a range scan of it from
-- its first key, whatever the number of posts.
create index post_sitemap_idx on post (published_at, id) include (updated_at) where status <> 'draft' and noindex = false;
