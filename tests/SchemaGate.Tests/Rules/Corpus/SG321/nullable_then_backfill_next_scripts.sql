-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN owner text;
-- next migration
UPDATE alerts SET owner = 'unassigned' WHERE owner IS NULL;
