-- The portal's progress column reads each municipality's latest published progress report of a prefecture, asked for
-- as the range of its municipalities' codes (ProgressPortalSection); the only index led by the fiscal year, so the
-- range read the whole table. This one serves the range and the order by code and year.
CREATE INDEX progress_report_municipality_idx ON progress_report (municipality_code, fiscal_year);
