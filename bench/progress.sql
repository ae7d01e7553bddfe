-- Progress data for the benchmark data set (bench/datasets.d/progress.sh), after generate.sql: for every
-- generated roadmap (template of the 9th/10th period, FY2024–2029) one indicator per item with a target and an
-- actual for each of the six fiscal years, a year-end self-evaluation of every item in each year, 200 activity
-- entries, a FY2025 progress round per prefecture (deadline passed) and a FY2025 report in every state.
-- Prefectures added by generate.sql get the rating scale, kinds and professions of 長崎県.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO progress_rating (prefecture_code, symbol, label, position, achieved, shortfall)
SELECT p.code, r.symbol, r.label, r.position, r.achieved, r.shortfall
FROM prefecture p CROSS JOIN progress_rating r
WHERE r.prefecture_code = '42' AND NOT EXISTS (SELECT 1 FROM progress_rating x WHERE x.prefecture_code = p.code);
INSERT INTO progress_activity_kind (prefecture_code, name, position)
SELECT p.code, k.name, k.position FROM prefecture p CROSS JOIN progress_activity_kind k
WHERE k.prefecture_code = '42' AND NOT EXISTS (SELECT 1 FROM progress_activity_kind x WHERE x.prefecture_code = p.code);

CREATE TEMP TABLE bench_progress ON COMMIT DROP AS
SELECT r.id AS roadmap_id, r.municipality_code FROM roadmap r
WHERE r.template_id LIKE '%-9-10' AND NOT EXISTS (SELECT 1 FROM progress_indicator i WHERE i.roadmap_id = r.id);

INSERT INTO progress_indicator (roadmap_id, item_id, name, unit, higher_is_better, source, source_kinds, created_at)
SELECT b.roadmap_id, i.id, '研修会の開催回数', '回', TRUE, 'MANUAL', NULL, now()
FROM bench_progress b JOIN roadmap_item i ON i.roadmap_id = b.roadmap_id;

INSERT INTO progress_indicator_value (indicator_id, fiscal_year, target, actual)
SELECT pi.id, y, 4, (pi.id + y) % 6
FROM progress_indicator pi JOIN bench_progress b ON b.roadmap_id = pi.roadmap_id
CROSS JOIN generate_series(2024, 2029) y;

INSERT INTO progress_evaluation (roadmap_id, item_id, fiscal_year, stage, category, done, rating, issues, next_steps,
                                 updated_at, updated_by)
SELECT b.roadmap_id, i.id, y, 'YEAR_END', i.category, '研修会を開催し、関係者の顔の見える関係づくりを進めた。',
       (ARRAY['◎', '○', '○', '△', '×', '－'])[1 + (i.position + y) % 6],
       '参加者が固定化している。', '対象を広げて周知する。', now(), 'bench'
FROM bench_progress b JOIN roadmap_item i ON i.roadmap_id = b.roadmap_id
CROSS JOIN generate_series(2024, 2029) y;

INSERT INTO progress_activity (roadmap_id, item_id, arrow_id, fiscal_year, kind, title, held_on, participants,
                               professions, note, created_at, created_by)
SELECT b.roadmap_id, i.id, NULL, 2024 + n % 2, '研修会', '多職種連携研修会 第' || n || '回',
       make_date(2024 + n % 2, 4 + n % 9, 1 + n % 28), 10 + n % 40, '医師、看護師、ケアマネジャー', NULL, now(), 'bench'
FROM bench_progress b JOIN roadmap_item i ON i.roadmap_id = b.roadmap_id
CROSS JOIN generate_series(1, 5) n;

INSERT INTO progress_round (prefecture_code, fiscal_year, deadline, opened_at, opened_by)
SELECT code, 2025, DATE '2026-05-31', now(), 'bench' FROM prefecture
ON CONFLICT DO NOTHING;

INSERT INTO progress_report (roadmap_id, municipality_code, fiscal_year, status, return_reason, submitted_at, updated_at, version)
SELECT b.roadmap_id, b.municipality_code, 2025,
       (ARRAY['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'PUBLISHED'])[1 + b.roadmap_id % 5],
       NULL, now(), now(), 1
FROM bench_progress b
ON CONFLICT DO NOTHING;

-- Written around the application: fill the roll-up summaries of the new rows with the migration that back-filled
-- them (it skips roadmaps that already have summary rows), and raise the change count so pages kept in memory are built afresh.
UPDATE progress_change_count SET changes = changes + 1;
INSERT INTO progress_change_count (prefecture_code, changes)
SELECT code, 1 FROM prefecture p WHERE NOT EXISTS (SELECT 1 FROM progress_change_count c WHERE c.prefecture_code = p.code);

\ir ../src/main/resources/db/migration/V211__progress_summary_backfill.sql

COMMIT;
SELECT (SELECT COUNT(*) FROM progress_activity), (SELECT COUNT(*) FROM progress_evaluation),
       (SELECT COUNT(*) FROM progress_indicator_value), (SELECT COUNT(*) FROM progress_report);
