-- The resource map's data version of a place (ResourceStore.version: COUNT(*) and MAX(updated_at) of a municipality
-- or of a prefecture's range of municipality codes) is read on every map and portal request. With this index it is
-- an index-only scan of the place's entries (7 pages for a prefecture of 4,000 resources) instead of one heap page
-- per resource (1,165 pages). Portable: H2 and PostgreSQL.
CREATE INDEX resource_changed_idx ON resource (municipality_code, updated_at);
