-- What the lists, the prefecture's dashboard and search read instead of whole roadmaps, so that
-- they stay fast with every municipality of the country in one installation. One row per roadmap
-- and view: LIVE (the roadmap as its own staff and the prefecture see it) and PUBLISHED (its last
-- published version, what the public sees while a revision is drafted). RoadmapService writes them
-- in the transaction of each change. source_version says what a row was computed from (LIVE: the
-- roadmap's version; PUBLISHED: the published snapshot's id), so a stale or missing row is noticed,
-- computed on the fly and rebuilt at the next start (e.g. after this migration on existing data).
CREATE TABLE roadmap_summary (
    roadmap_id     BIGINT      NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
    view_kind      VARCHAR(10) NOT NULL,
    source_version BIGINT      NOT NULL,
    template_id    VARCHAR(40) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    updated_at     TIMESTAMP   NOT NULL,
    item_count     INTEGER     NOT NULL,
    items_a        INTEGER     NOT NULL,
    items_b        INTEGER     NOT NULL,
    items_c        INTEGER     NOT NULL,
    items_d        INTEGER     NOT NULL,
    items_e        INTEGER     NOT NULL,
    items_f        INTEGER     NOT NULL,
    items_g        INTEGER     NOT NULL,
    items_h        INTEGER     NOT NULL,
    error_count    INTEGER     NOT NULL,
    warning_count  INTEGER     NOT NULL,
    PRIMARY KEY (roadmap_id, view_kind)
);

-- Each item's texts (title, 目指す姿, 推進方策, arrow labels) folded for search (NFKC, katakana as
-- hiragana, lower case, no spaces), in the order of the roadmap, so a search is one query over
-- this table and loads only the roadmaps it found.
CREATE TABLE roadmap_item_text (
    roadmap_id        BIGINT         NOT NULL,
    view_kind         VARCHAR(10)    NOT NULL,
    position          INTEGER        NOT NULL,
    item_id           VARCHAR(36)    NOT NULL,
    municipality_code VARCHAR(6)     NOT NULL,
    folded_text       VARCHAR(100000) NOT NULL,
    PRIMARY KEY (roadmap_id, view_kind, position),
    CONSTRAINT roadmap_item_text_summary FOREIGN KEY (roadmap_id, view_kind)
        REFERENCES roadmap_summary (roadmap_id, view_kind) ON DELETE CASCADE
);
CREATE INDEX roadmap_item_text_order_idx ON roadmap_item_text (municipality_code, roadmap_id, view_kind, position);
CREATE INDEX municipality_prefecture_idx ON municipality (prefecture_code);
