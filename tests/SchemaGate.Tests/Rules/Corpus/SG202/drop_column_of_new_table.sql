-- setup: @app
-- expect: none
CREATE TABLE alert_notes (id bigint, body text, draft text);
ALTER TABLE alert_notes DROP COLUMN draft;
