-- Fills progress_summary (V210) from the rows already there, as ProgressSummaries computes it: an indicator counts
-- in a year that has its target and an actual (typed in, or computed from the item's activities of that year of
-- the indicator's kinds — all kinds when none are named), on target when the actual meets the target in the
-- indicator's direction. Portable SQL (H2 and PostgreSQL); bench/progress.sql runs it again after writing rows
-- around the application, so it only fills roadmaps that have no summary rows yet.
CREATE TABLE progress_summary_fill (
    roadmap_id  BIGINT      NOT NULL,
    item_id     VARCHAR(36) NOT NULL,
    fiscal_year INTEGER     NOT NULL,
    on_target   INTEGER     NOT NULL,
    measured    INTEGER     NOT NULL
);

INSERT INTO progress_summary_fill (roadmap_id, item_id, fiscal_year, on_target, measured)
SELECT roadmap_id, item_id, fiscal_year,
       SUM(CASE WHEN (higher_is_better AND actual >= target) OR (NOT higher_is_better AND actual <= target)
                THEN 1 ELSE 0 END),
       COUNT(*)
FROM (
    SELECT i.roadmap_id, i.item_id, v.fiscal_year, i.higher_is_better, v.target,
           CASE WHEN i.source = 'MANUAL' THEN v.actual
                ELSE (SELECT CASE WHEN i.source = 'ACTIVITY_COUNT' THEN COUNT(*) ELSE COALESCE(SUM(a.participants), 0) END
                      FROM progress_activity a
                      WHERE a.roadmap_id = i.roadmap_id AND a.item_id = i.item_id AND a.fiscal_year = v.fiscal_year
                        AND (i.source_kinds IS NULL OR i.source_kinds = ''
                             OR POSITION(CONCAT('、', a.kind, '、') IN CONCAT('、', i.source_kinds, '、')) > 0)) END AS actual
    FROM progress_indicator i JOIN progress_indicator_value v ON v.indicator_id = i.id
    WHERE v.target IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM progress_summary s WHERE s.roadmap_id = i.roadmap_id)
) measured_values
WHERE actual IS NOT NULL
GROUP BY roadmap_id, item_id, fiscal_year;

INSERT INTO progress_summary (roadmap_id, fiscal_year, category, rating, items, indicators_on_target, indicators_measured)
SELECT roadmap_id, fiscal_year, category, rating, SUM(items), SUM(on_target), SUM(measured)
FROM (
    SELECT e.roadmap_id, e.fiscal_year, e.category, e.rating, 1 AS items,
           COALESCE(f.on_target, 0) AS on_target, COALESCE(f.measured, 0) AS measured
    FROM progress_evaluation e
    LEFT JOIN progress_summary_fill f
           ON f.roadmap_id = e.roadmap_id AND f.item_id = e.item_id AND f.fiscal_year = e.fiscal_year
    WHERE e.stage = 'YEAR_END' AND e.rating IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM progress_summary s WHERE s.roadmap_id = e.roadmap_id)
    UNION ALL
    SELECT f.roadmap_id, f.fiscal_year, '-', '-', 0, f.on_target, f.measured
    FROM progress_summary_fill f
    WHERE NOT EXISTS (SELECT 1 FROM progress_evaluation e
                      WHERE e.roadmap_id = f.roadmap_id AND e.item_id = f.item_id AND e.fiscal_year = f.fiscal_year
                        AND e.stage = 'YEAR_END' AND e.rating IS NOT NULL)
) item_results
GROUP BY roadmap_id, fiscal_year, category, rating;

DROP TABLE progress_summary_fill;
