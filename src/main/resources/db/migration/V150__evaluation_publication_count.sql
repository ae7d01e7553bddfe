-- A counter that every publication or withdrawal of an evaluation raises, in the changing transaction: staff
-- pages kept in memory (platform's PersonalPageCache) link to the latest public 構築状況 page and compare it on
-- every request. One row read by its key instead of counting every published evaluation of the installation.
CREATE TABLE evaluation_publication_count (
    id      INTEGER NOT NULL,
    changes BIGINT  NOT NULL,
    CONSTRAINT evaluation_publication_count_pk PRIMARY KEY (id),
    CONSTRAINT evaluation_publication_count_one_row CHECK (id = 1)
);
INSERT INTO evaluation_publication_count (id, changes) VALUES (1, 0);
