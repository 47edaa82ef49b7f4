-- A free-text note agents keep about their current context (added after launch).
-- Adding a nullable column without a default is a catalog-only change.
ALTER TABLE agents ADD COLUMN context_note text;
