-- One roadmap per municipality and template edition, kept by the database: a check in the application alone let
-- parallel requests (10 creates, 8 carry-forwards, 5 creates from Excel) each make their own. The loser of such a
-- race now fails on this constraint and is answered 409. If this migration fails, an earlier race left duplicates:
--   SELECT municipality_code, template_id, COUNT(*) FROM roadmap GROUP BY municipality_code, template_id HAVING COUNT(*) > 1;
-- keep the one with the history that matters and delete the others through the application, then start again.
ALTER TABLE roadmap ADD CONSTRAINT roadmap_municipality_edition_uq UNIQUE (municipality_code, template_id);
