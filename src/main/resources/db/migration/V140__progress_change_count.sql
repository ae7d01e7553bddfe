-- A counter per prefecture that every change of progress data raises, in the changing transaction:
-- pages kept in memory per person (the prefecture's dashboard with its progress columns) compare it
-- on every request, so a change saved through any node is seen at once by every node. One indexed
-- row instead of aggregating the activity, indicator and evaluation tables of a whole prefecture.
CREATE TABLE progress_change_count (
    prefecture_code VARCHAR(2) NOT NULL REFERENCES prefecture (code),
    changes         BIGINT     NOT NULL,
    CONSTRAINT progress_change_count_pk PRIMARY KEY (prefecture_code)
);
INSERT INTO progress_change_count (prefecture_code, changes) SELECT code, 0 FROM prefecture;
