-- Tags map to technology areas (issue 12, item 7): the blog entry a published post logs, and an
-- imported item whose categories match tags, take their primary area from the first mapped tag and
-- their additional areas from the next ones. Optional; deleting an area unmaps its tags. And the
-- importers (item 6) look entries up by URL.

alter table tag add column technology_area_key varchar(80)
    references technology_area (key) on delete set null;
-- Deleting an area looks its tags up through this index.
create index tag_technology_area_idx on tag (technology_area_key) where technology_area_key is not null;

-- The importers skip an item whose URL an entry already has. A hash index: equality is all they ask,
-- and it takes URLs of any length (a B-tree entry has a size limit that a long URL can pass).
create index contribution_url_idx on contribution using hash (url);
