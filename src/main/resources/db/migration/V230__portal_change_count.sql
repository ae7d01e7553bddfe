-- A counter per prefecture that every change the public portal may show raises, in the changing transaction
-- (a roadmap saved or published, a progress report's or an evaluation's publication, a resource changed): the
-- portal's pages and the data catalogue are kept in memory per node under it and compare it on every request,
-- so a change saved through any node shows at once everywhere — one row read by its key instead of a query per
-- portal section. A prefecture's row is made by its first change (MERGE), so no row means "never changed".
CREATE TABLE portal_change_count (
    prefecture_code VARCHAR(2) NOT NULL,
    changes         BIGINT     NOT NULL,
    CONSTRAINT portal_change_count_pk PRIMARY KEY (prefecture_code)
);
