-- How far the reading of an uploaded open-data file has come, for the import form's progress bar. Written in
-- short autocommit statements outside the import's own transaction, so that any node can answer the page that
-- asks while the import still runs. Only the account that started the import may read its row. Rows are
-- short-lived: those not touched for a day are deleted when the next import starts writing.
CREATE TABLE import_progress (
    id         VARCHAR(36) PRIMARY KEY,
    account    VARCHAR(60) NOT NULL,
    rows_done  INTEGER     NOT NULL,
    rows_total INTEGER     NOT NULL,
    phase      VARCHAR(20) NOT NULL,
    updated_at TIMESTAMP   NOT NULL
);
CREATE INDEX import_progress_updated_idx ON import_progress (updated_at);
