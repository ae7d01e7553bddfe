-- Resource-map data for the benchmark data set (bench/datasets.d/resourcemap.sh), after generate.sql: 300,000
-- resources (the national scale of clinics and care offices) spread over the data set's municipalities and the
-- national kinds, set-based; each with weekday hours (one or two ranges), about one in three with a night contact,
-- one in five open 24 hours, coordinates inside Japan. Source IDs start with BENCH- so a rerun adds nothing.
-- The first 500 all go to 壱岐市 (422100) and carry the word 冊子見本, so `q=冊子見本` selects exactly 500 for the
-- booklet row on either data set.
-- The list order's columns (V400) are the kind's position and the kana ('デモ'), as the application writes them.
-- Prints one line: resources, hour rows.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE bench_municipality ON COMMIT DROP AS
SELECT code, prefecture_code, name, row_number() OVER (ORDER BY code) - 1 AS n FROM municipality;
CREATE TEMP TABLE bench_kind ON COMMIT DROP AS
SELECT code, name, position, row_number() OVER (ORDER BY position) - 1 AS n FROM resource_kind WHERE prefecture_code IS NULL;

INSERT INTO resource (municipality_code, source_id, kind_code, name, name_kana, address_prefecture, address_city,
                      address_rest, latitude, longitude, phone, office_code, services, closed_on_holidays,
                      closed_year_end, night_contact, night_note, open_24h, home_visits, end_of_life_care,
                      palliative_care, remarks, search_text, confirmed_on, confirmed_by, version, updated_at, updated_by,
                      kind_position, sort_name)
SELECT CASE WHEN g <= 500 THEN '422100' ELSE m.code END, 'BENCH-' || g, k.code,
       '【デモ用の架空データ】' || k.name || ' 第' || g || '号' || CASE WHEN g <= 500 THEN ' 冊子見本' ELSE '' END, 'デモ', '長崎県', m.name,
       '本村触' || (g % 900 + 1), 31.0 + (g % 1000) * 0.01, 129.0 + (g / 1000 % 1000) * 0.01,
       '000-0000-' || lpad((g % 10000)::text, 4, '0'), 'B' || lpad(g::text, 9, '0'),
       CASE WHEN k.code IN ('visiting-nursing', 'home-help') THEN k.name || ';介護予防' || k.name ELSE k.name END,
       g % 2 = 0, g % 3 = 0,
       CASE WHEN g % 3 = 0 THEN '000-1111-' || lpad((g % 10000)::text, 4, '0') END,
       CASE WHEN g % 3 = 0 THEN '夜間・休日は携帯電話に転送' END,
       g % 5 = 0, g % 4 = 0, g % 6 = 0, g % 7 = 0, NULL,
       lower(k.name || ' 第' || g || '号 ' || m.name || ' 本村触' || CASE WHEN g <= 500 THEN ' 冊子見本' ELSE '' END),
       DATE '2026-04-01' - (g % 500), 'bench', 1, now(), 'bench', k.position, 'デモ'
FROM generate_series(1, 300000) g
JOIN bench_municipality m ON m.n = g % (SELECT count(*) FROM bench_municipality)
JOIN bench_kind k ON k.n = (g / 7) % (SELECT count(*) FROM bench_kind)
ON CONFLICT DO NOTHING;

-- Monday to Friday (Saturday too for every other one) 09:00-12:00, and 14:00-18:00 for two in three.
INSERT INTO resource_hours (resource_id, weekday, opens_at, closes_at)
SELECT r.id, d, 540, 720 FROM resource r CROSS JOIN generate_series(1, 6) d
WHERE r.source_id LIKE 'BENCH-%' AND (d < 6 OR r.id % 2 = 0)
  AND NOT EXISTS (SELECT 1 FROM resource_hours h WHERE h.resource_id = r.id);
INSERT INTO resource_hours (resource_id, weekday, opens_at, closes_at)
SELECT r.id, d, 840, 1080 FROM resource r CROSS JOIN generate_series(1, 5) d
WHERE r.source_id LIKE 'BENCH-%' AND r.id % 3 <> 0
  AND NOT EXISTS (SELECT 1 FROM resource_hours h WHERE h.resource_id = r.id AND h.opens_at = 840);

COMMIT;
-- As autovacuum leaves the tables after a bulk load: statistics, and a visibility map for index-only scans
-- (the map's data version, ResourceStore.version, is one).
VACUUM ANALYZE resource;
VACUUM ANALYZE resource_hours;
SELECT (SELECT count(*) FROM resource), (SELECT count(*) FROM resource_hours);
