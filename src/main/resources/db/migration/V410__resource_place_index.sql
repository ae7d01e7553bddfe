-- The map's markers (resourcemap.MarkerSearch): a place's resources by position, with what a marker shows, so that
-- the markers of a view (municipality range, then latitude and longitude bounds), of a whole filtered place and its
-- extent are read from the index alone. On the national data set (300,000 resources) a 1° view of a prefecture
-- read 1,171 buffers (every resource of the prefecture from the table, 12-36 ms warm on a busy machine) and now
-- reads 68 from the index (0.5 ms).
CREATE INDEX resource_place_idx ON resource (municipality_code, latitude, longitude, id, name);
