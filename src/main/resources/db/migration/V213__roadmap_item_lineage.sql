-- The line an item belongs to across plan periods: 次期計画へ引き継ぐ copies each item into the new draft with a new
-- id, and stores here the line of the item it was copied from (that item's own lineage, or its id when it was the
-- first of its line). Progress matches a draft's items to the previous period's by it, so an item renamed in the
-- new draft is still found. Rows from before this migration have none; they are matched by their 項目 instead.
ALTER TABLE roadmap_item ADD COLUMN lineage VARCHAR(36);
