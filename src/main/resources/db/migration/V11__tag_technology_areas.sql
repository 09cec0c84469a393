-- Tags map to technology areas (issue 12, item 7): the blog entry a published post logs, and an
-- imported item whose categories match tags, take their primary area from the first mapped tag and
-- their additional areas from the next ones. Optional; deleting an area unmaps its tags.

alter table tag add column technology_area_key varchar(80)
    references technology_area (key) on delete set null;
-- Deleting an area looks its tags up through this index.
create index tag_technology_area_idx on tag (technology_area_key) where technology_area_key is not null;
