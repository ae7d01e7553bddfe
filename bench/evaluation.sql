-- Evaluation (issue 11) for the data sets: every municipality (the demo's Iki City, Hirado and Shimabara keep
-- theirs) gets four 日常生活圏域 and a published evaluation for FY2023–FY2025 on its prefecture's sheet (a copy of
-- Nagasaki's latest demo sheet: 40 criteria, its 住民の実感 questions), every criterion answered for every area,
-- survey results, texts (two 特徴, one 課題認識 per category, a next step), the publication event, base figures.
-- Generated straight into the tables, as bench/generate.sql does; run with search_path set to the schema.
\set ON_ERROR_STOP on
CREATE TEMP TABLE bench_source_sheet AS
SELECT id FROM evaluation_sheet WHERE prefecture_code = '42' ORDER BY fiscal_year DESC LIMIT 1;

INSERT INTO evaluation_sheet (prefecture_code, fiscal_year, threshold_percent, version, updated_at, updated_by)
SELECT p.code, y, 80, 1, now(), 'bench'
FROM prefecture p CROSS JOIN generate_series(2023, 2025) y
WHERE NOT EXISTS (SELECT 1 FROM evaluation_sheet s WHERE s.prefecture_code = p.code AND s.fiscal_year = y);

INSERT INTO evaluation_criterion (sheet_id, category, position, text, answer_type, max_points, weight)
SELECT s.id, c.category, c.position, c.text, c.answer_type, c.max_points, c.weight
FROM evaluation_sheet s JOIN evaluation_criterion c ON c.sheet_id = (SELECT id FROM bench_source_sheet)
WHERE NOT EXISTS (SELECT 1 FROM evaluation_criterion x WHERE x.sheet_id = s.id);

INSERT INTO evaluation_question (sheet_id, category, position, text)
SELECT s.id, q.category, q.position, q.text
FROM evaluation_sheet s JOIN evaluation_question q ON q.sheet_id = (SELECT id FROM bench_source_sheet)
WHERE NOT EXISTS (SELECT 1 FROM evaluation_question x WHERE x.sheet_id = s.id);

INSERT INTO evaluation_category_label (sheet_id, category, label)
SELECT s.id, l.category, l.label
FROM evaluation_sheet s JOIN evaluation_category_label l ON l.sheet_id = (SELECT id FROM bench_source_sheet)
WHERE NOT EXISTS (SELECT 1 FROM evaluation_category_label x WHERE x.sheet_id = s.id);

INSERT INTO evaluation_round (prefecture_code, fiscal_year, deadline, opened_at, opened_by, closed_at)
SELECT s.prefecture_code, s.fiscal_year, make_date(s.fiscal_year + 1, 6, 30), now(), 'bench', now()
FROM evaluation_sheet s
WHERE s.fiscal_year BETWEEN 2023 AND 2025
  AND NOT EXISTS (SELECT 1 FROM evaluation_round r WHERE r.prefecture_code = s.prefecture_code AND r.fiscal_year = s.fiscal_year);

INSERT INTO daily_living_area (municipality_code, code, name, description, first_year, retired_from_year, version)
SELECT m.code, '0' || n, '第' || n || '圏域', '生成した日常生活圏域 ' || n, 2017, NULL, 0
FROM municipality m CROSS JOIN generate_series(1, 4) n
WHERE NOT EXISTS (SELECT 1 FROM daily_living_area a WHERE a.municipality_code = m.code);

CREATE TEMP TABLE bench_new_evaluation (id BIGINT PRIMARY KEY);
WITH made AS (
    INSERT INTO evaluation (municipality_code, fiscal_year, sheet_id, status, version, updated_at, hearing_date, hearing_participants)
    SELECT m.code, s.fiscal_year, s.id, 'PUBLISHED', 1, now(), make_date(s.fiscal_year + 1, 7, 15), '県 長寿社会課、市町 高齢者支援課'
    FROM municipality m JOIN evaluation_sheet s ON s.prefecture_code = m.prefecture_code AND s.fiscal_year BETWEEN 2023 AND 2025
    WHERE NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.municipality_code = m.code AND e.fiscal_year = s.fiscal_year)
    RETURNING id)
INSERT INTO bench_new_evaluation SELECT id FROM made;

-- Eight in ten criteria reached, the rest not: most areas come out 「概ね構築」, some 「構築途上」.
INSERT INTO evaluation_answer (evaluation_id, area_id, criterion_id, points, note)
SELECT e.id, a.id, c.id,
       CASE WHEN abs(hashtext(e.id || '/' || a.id || '/' || c.id)) % 10 < 8 THEN c.max_points ELSE 0 END, NULL
FROM bench_new_evaluation n JOIN evaluation e ON e.id = n.id
JOIN daily_living_area a ON a.municipality_code = e.municipality_code
JOIN evaluation_criterion c ON c.sheet_id = e.sheet_id;

INSERT INTO evaluation_survey_result (evaluation_id, area_id, question_id, respondents, positive_percent)
SELECT e.id, a.id, q.id, 100 + abs(hashtext(e.id || '/' || a.id || '/' || q.id)) % 200,
       round((abs(hashtext(q.id || '/' || a.id || '/' || e.id)) % 1000) / 10.0, 1)
FROM bench_new_evaluation n JOIN evaluation e ON e.id = n.id
JOIN daily_living_area a ON a.municipality_code = e.municipality_code
JOIN evaluation_question q ON q.sheet_id = e.sheet_id;

INSERT INTO evaluation_text (evaluation_id, kind, category, body, author, author_role, written_at)
SELECT n.id, 'FEATURE', NULL, '医療・介護の連携会議を定例化し、在宅医療の相談窓口を設けている。（生成）', 'bench', 'PREFECTURE', now()
FROM bench_new_evaluation n
UNION ALL
SELECT n.id, 'FEATURE', NULL, '住民主体の通いの場が全圏域に広がっている。（生成）', 'bench', 'PREFECTURE', now()
FROM bench_new_evaluation n
UNION ALL
SELECT n.id, 'ISSUE', c, '区分' || c || 'の担い手の確保が課題である。（生成）', 'bench', 'MUNICIPALITY', now()
FROM bench_new_evaluation n CROSS JOIN unnest(ARRAY['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) c
UNION ALL
SELECT n.id, 'NEXT_STEP', NULL, '次年度の協議体で生活支援の担い手確保策を検討する。（生成）', 'bench', 'PREFECTURE', now()
FROM bench_new_evaluation n;

INSERT INTO evaluation_event (evaluation_id, action, actor, actor_role, occurred_at, comment)
SELECT n.id, 'PUBLISH', 'bench', 'PREFECTURE', now(), NULL FROM bench_new_evaluation n;

INSERT INTO base_figures (municipality_code, fiscal_year, as_of, total_population, elderly, late_elderly, care_certified,
                          support_certified, elderly_rate, late_elderly_rate, care_certified_rate, support_certified_rate,
                          confirmed, updated_at, updated_by)
SELECT code, y, make_date(y + 1, 3, 31), total, elderly, late, care, support,
       round(100.0 * elderly / total, 3), round(100.0 * late / total, 3), round(100.0 * care / elderly, 3),
       round(100.0 * support / elderly, 3), TRUE, now(), 'bench'
FROM (SELECT m.code, y, 20000 + abs(hashtext(m.code)) % 80000 - (y - 2023) * 300 AS total,
             (20000 + abs(hashtext(m.code)) % 80000) * 35 / 100 AS elderly,
             (20000 + abs(hashtext(m.code)) % 80000) * 19 / 100 AS late,
             (20000 + abs(hashtext(m.code)) % 80000) * 35 / 100 * 18 / 100 AS care,
             (20000 + abs(hashtext(m.code)) % 80000) * 35 / 100 * 5 / 100 AS support
      FROM municipality m CROSS JOIN generate_series(2023, 2025) y
      WHERE NOT EXISTS (SELECT 1 FROM base_figures b WHERE b.municipality_code = m.code AND b.fiscal_year = y)) f;

ANALYZE evaluation; ANALYZE evaluation_answer; ANALYZE evaluation_survey_result; ANALYZE evaluation_text;
ANALYZE daily_living_area; ANALYZE evaluation_criterion; ANALYZE base_figures;

SELECT (SELECT count(*) FROM evaluation) AS evaluations, (SELECT count(*) FROM daily_living_area) AS areas,
       (SELECT count(*) FROM evaluation_answer) AS answers;
