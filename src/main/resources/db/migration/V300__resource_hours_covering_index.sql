-- The map's "open on a weekday at a time" filter probes each candidate's hours of that weekday
-- (ResourceSearchQuery.addOpen: resource_id = ? AND weekday = ? AND opens_at <= ? AND closes_at > ?). The primary key
-- (resource_id, weekday, opens_at) finds the rows but leaves closes_at to a heap page per probe; with closes_at in the
-- index the probe is index-only. Portable: H2 and PostgreSQL.
CREATE INDEX resource_hours_probe_idx ON resource_hours (resource_id, weekday, opens_at, closes_at);
