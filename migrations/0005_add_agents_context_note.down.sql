ALTER TABLE agents DROP COLUMN context_note;
