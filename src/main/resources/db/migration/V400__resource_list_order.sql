-- The map's list order (kind in its prefecture's order, then kana or name, then id) stored on the resource, so that
-- an index serves it: a page of the list walks resource_list_order_idx within the place's codes and stops after
-- fifty lines, instead of reading and sorting a whole municipality or prefecture (ResourceSearches.ORDER).
--   kind_position: the kind's position. The foreign key on (kind_code, kind_position) makes a stale copy impossible:
--     a resource must carry its kind's position, and changing a kind's position carries over (ON UPDATE CASCADE).
--     A kind a prefecture adds brings its own position; the positions of the others do not move.
--   sort_name: COALESCE(name_kana, name), exactly the expression the list was sorted by before, so the order under
--     the database's collation is unchanged; the CHECK keeps every writer, including SQL around the application, to it.
-- Portable: H2 and PostgreSQL.
ALTER TABLE resource_kind ADD CONSTRAINT resource_kind_code_position UNIQUE (code, position);

ALTER TABLE resource ADD COLUMN kind_position INTEGER;
ALTER TABLE resource ADD COLUMN sort_name VARCHAR(200);
UPDATE resource SET kind_position = (SELECT k.position FROM resource_kind k WHERE k.code = resource.kind_code),
                    sort_name = COALESCE(name_kana, name);
ALTER TABLE resource ALTER COLUMN kind_position SET NOT NULL;
ALTER TABLE resource ALTER COLUMN sort_name SET NOT NULL;
ALTER TABLE resource ADD CONSTRAINT resource_kind_position_current FOREIGN KEY (kind_code, kind_position)
    REFERENCES resource_kind (code, position) ON UPDATE CASCADE;
ALTER TABLE resource ADD CONSTRAINT resource_sort_name_kana_or_name CHECK (sort_name = COALESCE(name_kana, name));

CREATE INDEX resource_list_order_idx ON resource (municipality_code, kind_position, sort_name, id);
