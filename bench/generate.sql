-- Benchmark data set for PostgreSQL (bench/README.md). Run with psql against a schema that the
-- application has already migrated, e.g.:
--   psql -v extra=0    -f bench/generate.sql   -- prefecture: Nagasaki's 21 municipalities x 40 items
--   psql -v extra=1720 -f bench/generate.sql   -- national: + 1,720 generated municipalities = 1,741
-- Every municipality gets one published roadmap (template 9th/10th period) of 40 items, five per
-- category A-H, each with two arrows, in realistic Japanese text. Not for production databases.
\set ON_ERROR_STOP on
BEGIN;

-- The other 46 prefectures and, spread over them, the extra municipalities with valid
-- 全国地方公共団体コード (five digits + check digit).
INSERT INTO prefecture (code, name, name_en)
SELECT lpad(p::text, 2, '0'), '県' || p, 'Prefecture ' || p
FROM generate_series(1, 47) p
WHERE :extra > 0 AND lpad(p::text, 2, '0') <> '42'
ON CONFLICT DO NOTHING;

INSERT INTO roadmap_template (id, prefecture_code, name, first_period, period_count, selectable_from, selectable_to, arrow_label_max_length)
SELECT 'pref-' || code || '-9-10', code, name || ' 推進ロードマップ様式（第9期・第10期）', 9, 2, 2018, 2029, 40
FROM prefecture WHERE code <> '42'
ON CONFLICT DO NOTHING;

WITH numbered AS (
    SELECT n, (SELECT array_agg(code ORDER BY code) FROM prefecture WHERE code <> '42') AS prefs
    FROM generate_series(0, :extra - 1) n
), five AS (
    SELECT n, prefs[1 + n % 46] || lpad((201 + n / 46)::text, 3, '0') AS c FROM numbered
)
INSERT INTO municipality (code, prefecture_code, name, name_en)
SELECT c || ((11 - ((substr(c,1,1)::int*6 + substr(c,2,1)::int*5 + substr(c,3,1)::int*4
                    + substr(c,4,1)::int*3 + substr(c,5,1)::int*2) % 11)) % 10)::text,
       substr(c, 1, 2), '市' || n, 'City ' || n
FROM five;

-- One published 40-item roadmap per municipality that has none on the 9th/10th template yet.
CREATE TEMP TABLE bench_roadmap ON COMMIT DROP AS
SELECT m.code AS municipality_code,
       CASE WHEN m.prefecture_code = '42' THEN 'nagasaki-9-10' ELSE 'pref-' || m.prefecture_code || '-9-10' END AS template_id
FROM municipality m
WHERE NOT EXISTS (SELECT 1 FROM roadmap r WHERE r.municipality_code = m.code
                  AND r.template_id IN ('nagasaki-9-10', 'pref-' || m.prefecture_code || '-9-10'));

INSERT INTO roadmap (municipality_code, template_id, status, version, created_at, updated_at)
SELECT municipality_code, template_id, 'PUBLISHED', 1, now(), now() FROM bench_roadmap;

INSERT INTO roadmap_item (id, roadmap_id, position, category, title, target_vision, achievement_year, measures)
SELECT gen_random_uuid()::text, r.id, i,
       substr('ABCDEFGH', i / 5 + 1, 1),
       '項目' || i || ' 在宅医療・介護連携の推進',
       '住み慣れた地域で最期まで安心して暮らせるよう、医療と介護の関係者が情報を共有し、切れ目のない支援が行われている。',
       2026 + i % 4,
       '多職種研修会の開催、入退院支援ルールの運用と見直し、ICTによる情報共有の検討、住民向け講演会の実施を進める。'
FROM roadmap r JOIN bench_roadmap b ON b.municipality_code = r.municipality_code AND b.template_id = r.template_id
CROSS JOIN generate_series(0, 39) i;

INSERT INTO roadmap_arrow (id, roadmap_item_id, position, label, start_year, end_year, continues)
SELECT gen_random_uuid()::text, it.id, a,
       CASE a WHEN 0 THEN '現状把握と課題整理' ELSE '研修会の開催（年2回）' END,
       CASE a WHEN 0 THEN 2024 ELSE 2026 END,
       CASE a WHEN 0 THEN 2025 ELSE it.achievement_year END,
       a = 1 AND it.position % 3 = 0
FROM roadmap_item it
JOIN roadmap r ON r.id = it.roadmap_id
JOIN bench_roadmap b ON b.municipality_code = r.municipality_code AND b.template_id = r.template_id
CROSS JOIN generate_series(0, 1) a;

COMMIT;
SELECT (SELECT count(*) FROM municipality) AS municipalities, (SELECT count(*) FROM roadmap) AS roadmaps,
       (SELECT count(*) FROM roadmap_item) AS items, (SELECT count(*) FROM roadmap_arrow) AS arrows;
