-- The roll-up of each roadmap's progress per fiscal year, kept by the progress module in the same transaction
-- as every change of an evaluation, indicator or activity of the roadmap (ProgressSummaries.refresh), so the
-- prefecture's roll-up and dashboard read one indexed row set instead of every evaluation, indicator value and
-- activity of a prefecture. One row per (roadmap, year, category, year-end rating): how many items got that rating
-- and their indicators on target / measured. Indicators of items not rated that year go into one row with
-- category '-' and rating '-' (no category A-H is '-'), which counts them in the totals only.
-- Ratings are kept as symbols, not as "achieved": the scale is data and may be edited later.
CREATE TABLE progress_summary (
    roadmap_id           BIGINT     NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
    fiscal_year          INTEGER    NOT NULL,
    category             VARCHAR(1) NOT NULL,
    rating               VARCHAR(4) NOT NULL,
    items                INTEGER    NOT NULL,
    indicators_on_target INTEGER    NOT NULL,
    indicators_measured  INTEGER    NOT NULL,
    CONSTRAINT progress_summary_pk PRIMARY KEY (roadmap_id, fiscal_year, category, rating)
);
