-- A row for every prefecture there is, so that raising a count (PortalChanges.raise, a MERGE) finds its row: two
-- transactions that made a prefecture's first row at the same moment would end in the key's conflict. Only a
-- prefecture added later (a data set load) has its row made by its first change.
INSERT INTO portal_change_count (prefecture_code, changes)
SELECT p.code, 0 FROM prefecture p
WHERE NOT EXISTS (SELECT 1 FROM portal_change_count c WHERE c.prefecture_code = p.code);
