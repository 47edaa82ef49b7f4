-- setup: @app
-- expect: none
UPDATE alerts SET note = 'legacy' WHERE level = 0;
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN acked boolean;
