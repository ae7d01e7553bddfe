-- Import previews wait for confirmation in the database, not in one node's memory, so a preview
-- made on one node can be shown and applied on any other. Rows are short-lived: expired ones are
-- deleted when the next preview is made, and they are not backed up (like sessions).
CREATE TABLE import_preview (
    token             VARCHAR(40)      PRIMARY KEY,
    owner             VARCHAR(60)      NOT NULL,
    roadmap_id        BIGINT,
    municipality_code VARCHAR(6)       NOT NULL,
    template_id       VARCHAR(40)      NOT NULL,
    base_version      BIGINT           NOT NULL,
    created_at        TIMESTAMP        NOT NULL,
    expires_at        TIMESTAMP        NOT NULL,
    content           VARCHAR(1000000) NOT NULL
);
CREATE INDEX import_preview_owner_idx ON import_preview (owner, created_at);
CREATE INDEX import_preview_expiry_idx ON import_preview (expires_at);
